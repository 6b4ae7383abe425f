using GraphApi.Customers;
using GraphApi.Expectations;
using GraphApi.GraphQL;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Integrations;
using GraphApi.Interactions;
using GraphApi.Persistence;
using GraphApi.Requests;
using GraphApi.Retrospectives;
using GraphApi.Staff;

namespace GraphApi.Api;

/// <summary>
/// The query root. Each domain folder adds its own fields to this partial class (<c>Requests/RequestQueries.cs</c>, ...);
/// here are Relay's <c>node</c> and <c>nodes</c>.
/// </summary>
public sealed partial class Query
{
    /// <summary>The most ids <c>nodes</c> takes at once.</summary>
    public const int MaxNodes = 100;

    [GraphQLDescription("The object with this global id, or null when there is none you may see.")]
    public Task<INode?> GetNode([ID] string id, IResolverContext context, DbContextPerResolver<GraphApiDbContext> db) => FindNodeAsync(id, context, db);

    [GraphQLDescription("The objects with these global ids, in the same order (null where there is none you may see); at most 100.")]
    public async Task<IReadOnlyList<INode?>> GetNodes([ID] IReadOnlyList<string> ids, IResolverContext context, DbContextPerResolver<GraphApiDbContext> db)
    {
        if (ids.Count > MaxNodes)
        {
            throw new GraphQLException($"nodes takes at most {MaxNodes} ids; {ids.Count} were given.", ApiErrorCodes.InvalidInput);
        }

        var nodes = new INode?[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            nodes[i] = await FindNodeAsync(ids[i], context, db);
        }

        return nodes;
    }

    private static async Task<INode?> FindNodeAsync(string id, IResolverContext context, DbContextPerResolver<GraphApiDbContext> db)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var key))
        {
            throw new GraphQLException($"\"{id}\" is not a global id. Use the id field of an object as the API returns it.", ApiErrorCodes.InvalidId);
        }

        return typeName switch
        {
            nameof(Request) => await db.FindProjectedAsync<Request>(key, context),
            nameof(Customer) => await db.FindProjectedAsync<Customer>(key, context),
            nameof(StaffMember) => await db.FindProjectedAsync<StaffMember>(key, context),
            nameof(Interaction) => await db.FindProjectedAsync<Interaction>(key, context),
            nameof(Expectation) => await db.FindProjectedAsync<Expectation>(key, context),
            nameof(Retrospective) => await db.FindProjectedAsync<Retrospective>(key, context),
            nameof(ActionItem) => await db.FindProjectedAsync<ActionItem>(key, context),
            nameof(ExternalReference) => await db.FindProjectedAsync<ExternalReference>(key, context),
            _ => throw new GraphQLException($"\"{id}\" is not the id of an object this API serves.", ApiErrorCodes.InvalidId),
        };
    }
}
