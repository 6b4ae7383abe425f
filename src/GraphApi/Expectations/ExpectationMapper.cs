using GraphApi.Api;
using Riok.Mapperly.Abstractions;

namespace GraphApi.Expectations;

/// <summary>The expectation input to the entity; the request id is decoded by the mutation.</summary>
[Mapper]
[UseStaticMapper(typeof(InputText))]
public static partial class ExpectationMapper
{
    /// <summary>A new expectation.</summary>
    [MapperIgnoreSource(nameof(SetExpectationInput.RequestId))]
    public static partial Expectation ToExpectation(this SetExpectationInput input);
}
