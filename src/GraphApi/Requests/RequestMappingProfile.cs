using AutoMapper;
using GraphApi.Api;

namespace GraphApi.Requests;

/// <summary>Request inputs to the entity; ids are decoded and checked by the mutations themselves.</summary>
public sealed class RequestMappingProfile : InputProfile
{
    public RequestMappingProfile()
    {
        CreateMap<CreateRequestInput, Request>(MemberList.Source)
            .ForSourceMember(s => s.CustomerId, o => o.DoNotValidate())
            .ForSourceMember(s => s.OwnerId, o => o.DoNotValidate())
            .ForSourceMember(s => s.Priority, o => o.DoNotValidate())
            .ForMember(d => d.CustomerId, o => o.Ignore())
            .ForMember(d => d.OwnerId, o => o.Ignore())
            .ForMember(d => d.Priority, o => o.MapFrom(s => s.Priority ?? RequestPriority.Medium));

        // Fields left out stay as they are.
        CreateMap<UpdateRequestInput, Request>(MemberList.Source)
            .ForSourceMember(s => s.RequestId, o => o.DoNotValidate())
            .ForSourceMember(s => s.ExpectedVersion, o => o.DoNotValidate())
            .ForSourceMember(s => s.OwnerId, o => o.DoNotValidate())
            .ForMember(d => d.OwnerId, o => o.Ignore())
            .ForAllMembers(o => o.Condition((_, _, value) => value is not null));
    }
}
