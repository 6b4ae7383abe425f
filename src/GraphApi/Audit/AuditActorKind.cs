using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.Audit;

/// <summary>The kinds of identity that make changes; identity-provider tokens and staff bindings add theirs.</summary>
[GraphQLDescription("The kind of identity that made a change.")]
public enum AuditActorKind
{
    [GraphQLDescription("An API key: `actorId` is the key's id, `actorName` its name.")]
    ApiKey,
}
