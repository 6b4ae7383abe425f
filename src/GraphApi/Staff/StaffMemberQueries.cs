using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Query
{
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("IT staff members, sorted by name unless `order` says otherwise.")]
    public IQueryable<StaffMember> GetStaffMembers(DbContextPerResolver<GraphApiDbContext> db) =>
        db.Create().StaffMembers.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id);
}
