using AutoMapper;
using GraphApi.Api;

namespace GraphApi.Expectations;

/// <summary>The expectation input to the entity; the request id is decoded by the mutation.</summary>
public sealed class ExpectationMappingProfile : InputProfile
{
    public ExpectationMappingProfile() =>
        CreateMap<SetExpectationInput, Expectation>(MemberList.Source)
            .ForSourceMember(s => s.RequestId, o => o.DoNotValidate())
            .ForMember(d => d.RequestId, o => o.Ignore());
}
