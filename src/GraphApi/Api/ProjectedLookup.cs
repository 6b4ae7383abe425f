using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Execution;
using GraphApi.Persistence;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

/// <summary>Single-object fields (<c>request(id)</c>, <c>node</c>, payloads) read only what the selection asks for, nested lists included, in one statement.</summary>
public static class ProjectedLookup
{
    /// <summary>The first element of <paramref name="source"/>, projected to the field's selection; null when there is none.</summary>
    public static async Task<T?> FirstProjectedAsync<T>(this IQueryable<T> source, IResolverContext context) where T : class =>
        await Projection.Project(source.AsNoTracking(), context.FieldNodes, context).FirstOrDefaultAsync(context.CancellationToken);

    /// <summary>The <typeparamref name="T"/> with database key <paramref name="id"/>, projected; null when there is none or the caller may not see it.</summary>
    public static Task<T?> FindProjectedAsync<T>(this DbContextPerResolver<GraphApiDbContext> db, int? id, IResolverContext context) where T : class =>
        id is { } key
            ? CustomerVisibility.Visible<T>(db.Create()).Where(entity => EF.Property<int>(entity, "Id") == key).FirstProjectedAsync(context)
            : Task.FromResult<T?>(null);
}
