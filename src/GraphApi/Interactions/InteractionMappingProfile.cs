using AutoMapper;
using GraphApi.Api;

namespace GraphApi.Interactions;

/// <summary>The interaction input to the entity; ids, participants and the time are set by the mutation.</summary>
public sealed class InteractionMappingProfile : InputProfile
{
    public InteractionMappingProfile() =>
        CreateMap<LogInteractionInput, Interaction>(MemberList.Source)
            .ForSourceMember(s => s.CustomerId, o => o.DoNotValidate())
            .ForSourceMember(s => s.RequestId, o => o.DoNotValidate())
            .ForSourceMember(s => s.Participants, o => o.DoNotValidate())
            .ForSourceMember(s => s.OccurredAt, o => o.DoNotValidate())
            .ForMember(d => d.CustomerId, o => o.Ignore())
            .ForMember(d => d.RequestId, o => o.Ignore())
            .ForMember(d => d.Participants, o => o.Ignore())
            .ForMember(d => d.OccurredAt, o => o.Ignore());
}
