using AutoMapper;
using GraphApi.Api;
using GraphApi.Requests;

namespace GraphApi.Integrations;

/// <summary>Connector inputs to requests and external references; the request's status only moves through its life cycle.</summary>
public sealed class IntegrationMappingProfile : InputProfile
{
    public IntegrationMappingProfile()
    {
        CreateMap<LinkExternalReferenceInput, ExternalReference>(MemberList.Source)
            .ForSourceMember(s => s.RequestId, o => o.DoNotValidate())
            .ForMember(d => d.RequestId, o => o.Ignore());

        CreateMap<UpsertRequestFromExternalInput, ExternalReference>(MemberList.Source)
            .ForSourceMember(s => s.CustomerId, o => o.DoNotValidate())
            .ForSourceMember(s => s.Title, o => o.DoNotValidate())
            .ForSourceMember(s => s.Description, o => o.DoNotValidate())
            .ForSourceMember(s => s.BusinessImpact, o => o.DoNotValidate())
            .ForSourceMember(s => s.Priority, o => o.DoNotValidate())
            .ForSourceMember(s => s.Status, o => o.DoNotValidate())
            .ForSourceMember(s => s.ExpectedVersion, o => o.DoNotValidate());

        // Fields left out stay as they are; the status goes through RequestStatusTransitions, never straight in.
        CreateMap<UpsertRequestFromExternalInput, Request>(MemberList.Source)
            .ForSourceMember(s => s.System, o => o.DoNotValidate())
            .ForSourceMember(s => s.ExternalId, o => o.DoNotValidate())
            .ForSourceMember(s => s.DisplayKey, o => o.DoNotValidate())
            .ForSourceMember(s => s.Url, o => o.DoNotValidate())
            .ForSourceMember(s => s.CustomerId, o => o.DoNotValidate())
            .ForSourceMember(s => s.Status, o => o.DoNotValidate())
            .ForSourceMember(s => s.ExpectedVersion, o => o.DoNotValidate())
            .ForMember(d => d.CustomerId, o => o.Ignore())
            .ForMember(d => d.Status, o => o.Ignore())
            .ForAllMembers(o => o.Condition((_, _, value) => value is not null));
    }
}
