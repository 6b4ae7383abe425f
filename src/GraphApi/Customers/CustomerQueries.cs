using GraphApi.Customers;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Query
{
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Customers (a customer key sees only itself), sorted by name unless `order` says otherwise.")]
    public IQueryable<Customer> GetCustomers(DbContextPerResolver<GraphApiDbContext> db) =>
        CustomerVisibility.Visible<Customer>(db.Create()).AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id);
}
