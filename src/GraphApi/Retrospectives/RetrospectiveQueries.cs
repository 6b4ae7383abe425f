using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;
using GraphApi.Retrospectives;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Query
{
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Retrospectives, including voice-of-the-customer sessions without a request, most recent first unless `order` says otherwise.")]
    public IQueryable<Retrospective> GetRetrospectives(DbContextPerResolver<GraphApiDbContext> db) =>
        db.Create().Retrospectives.AsNoTracking().OrderByDescending(r => r.HeldAt).ThenByDescending(r => r.Id);
}
