using GraphApi.Api;
using Riok.Mapperly.Abstractions;

namespace GraphApi.Retrospectives;

/// <summary>The retrospective input to the entity; ids, the time, participants and action items are set by the mutation.</summary>
[Mapper]
[UseStaticMapper(typeof(InputText))]
public static partial class RetrospectiveMapper
{
    /// <summary>A new retrospective.</summary>
    [MapperIgnoreSource(nameof(RecordRetrospectiveInput.RequestId))]
    [MapperIgnoreSource(nameof(RecordRetrospectiveInput.HeldAt))]
    [MapperIgnoreSource(nameof(RecordRetrospectiveInput.ParticipantIds))]
    [MapperIgnoreSource(nameof(RecordRetrospectiveInput.ActionItems))]
    public static partial Retrospective ToRetrospective(this RecordRetrospectiveInput input);
}
