using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.Metrics;

/// <summary>How the requests of a group were decided.</summary>
[GraphQLDescription("How the requests created in the window were decided: how many of each decision (undecided requests count in none).")]
public sealed class DecisionMix
{
    public int Accepted { get; init; }
    public int Declined { get; init; }
    public int Deferred { get; init; }
    public int AlreadyAvailable { get; init; }
}
