using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.Audit;

/// <summary>What a mutation did to one object.</summary>
[GraphQLDescription("What a mutation did to one object.")]
public enum AuditChange
{
    Created,
    Updated,
    Deleted,
}
