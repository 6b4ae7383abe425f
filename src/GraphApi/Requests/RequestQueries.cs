using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Integrations;
using GraphApi.Persistence;
using GraphApi.Requests;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Query
{
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("Requests, paged, filtered and sorted (newest first unless `order` says otherwise).")]
    public IQueryable<Request> GetRequests(DbContextPerResolver<GraphApiDbContext> db) =>
        db.Create().Requests.AsNoTracking().OrderByDescending(r => r.Id);

    [GraphQLDescription("The request with this global id, or null.")]
    public Task<Request?> GetRequest([ID] string id, IResolverContext context, DbContextPerResolver<GraphApiDbContext> db) =>
        db.FindProjectedAsync<Request>(GlobalId.Decode(id, nameof(Request)), context);

    [GraphQLDescription("The request with this human number (`REQ-000123`), or null.")]
    public Task<Request?> GetRequestByNumber(string number, IResolverContext context, DbContextPerResolver<GraphApiDbContext> db) =>
        db.Create().Requests.Where(r => r.Number == number.Trim()).FirstProjectedAsync(context);

    [GraphQLDescription("The request linked to this ServiceNow sys_id or Jira issue key, or null.")]
    public Task<Request?> GetRequestByExternalReference(ExternalSystem system, string externalId, IResolverContext context, DbContextPerResolver<GraphApiDbContext> db) =>
        db.Create().Requests.Where(r => r.ExternalReferences.Any(x => x.System == system && x.ExternalId == externalId)).FirstProjectedAsync(context);
}
