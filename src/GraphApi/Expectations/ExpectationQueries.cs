using GraphApi.Expectations;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Query
{
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Expectations, soonest due first unless `order` says otherwise.")]
    public IQueryable<Expectation> GetExpectations(DbContextPerResolver<GraphApiDbContext> db) =>
        db.Create().Expectations.AsNoTracking().OrderBy(e => e.DueAt).ThenBy(e => e.Id);
}
