using GraphApi.Audit;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Query
{
    [Authorize(ApiKeyRole.Admin)]
    [UsePaging(ConnectionName = "AuditLog")]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Who changed what and when: one entry per mutation that changed something, newest first unless `order` says otherwise. Admin keys only.")]
    public IQueryable<AuditEntry> GetAuditLog(DbContextPerResolver<GraphApiDbContext> db) =>
        db.Create().AuditEntries.AsNoTracking().OrderByDescending(e => e.Id);
}
