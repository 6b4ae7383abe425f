using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.Audit;

/// <summary>The kinds of identity that make changes; API keys and identity-provider tokens.</summary>
[GraphQLDescription("The kind of identity that made a change.")]
public enum AuditActorKind
{
    [GraphQLDescription("An API key: `actorId` is the key's id, `actorName` its name.")]
    ApiKey,

    [GraphQLDescription("An identity-provider token: `actorId` is `issuer|subject`, `actorName` the token's name claim.")]
    Token,
}
