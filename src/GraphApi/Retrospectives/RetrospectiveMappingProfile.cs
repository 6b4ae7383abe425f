using AutoMapper;
using GraphApi.Api;

namespace GraphApi.Retrospectives;

/// <summary>The retrospective input to the entity; ids, participants and action items are set by the mutation.</summary>
public sealed class RetrospectiveMappingProfile : InputProfile
{
    public RetrospectiveMappingProfile() =>
        CreateMap<RecordRetrospectiveInput, Retrospective>(MemberList.Source)
            .ForSourceMember(s => s.RequestId, o => o.DoNotValidate())
            .ForSourceMember(s => s.HeldAt, o => o.DoNotValidate())
            .ForSourceMember(s => s.ParticipantIds, o => o.DoNotValidate())
            .ForSourceMember(s => s.ActionItems, o => o.DoNotValidate())
            .ForMember(d => d.RequestId, o => o.Ignore())
            .ForMember(d => d.HeldAt, o => o.Ignore())
            .ForMember(d => d.ActionItems, o => o.Ignore());
}
