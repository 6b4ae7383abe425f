using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Interactions;
using GraphApi.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Query
{
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Interactions, most recent first unless `order` says otherwise.")]
    public IQueryable<Interaction> GetInteractions(DbContextPerResolver<GraphApiDbContext> db) =>
        db.Create().Interactions.AsNoTracking().OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id);
}
