using GraphApi.Api;
using Riok.Mapperly.Abstractions;

namespace GraphApi.Interactions;

/// <summary>The interaction input to the entity; ids, participants and the time are set by the mutation.</summary>
[Mapper]
[UseStaticMapper(typeof(InputText))]
public static partial class InteractionMapper
{
    /// <summary>A new interaction.</summary>
    [MapperIgnoreSource(nameof(LogInteractionInput.CustomerId))]
    [MapperIgnoreSource(nameof(LogInteractionInput.RequestId))]
    [MapperIgnoreSource(nameof(LogInteractionInput.Participants))]
    [MapperIgnoreSource(nameof(LogInteractionInput.OccurredAt))]
    public static partial Interaction ToInteraction(this LogInteractionInput input);
}
