using GraphApi.Api;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Execution;
using GraphApi.Persistence;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Events;

/// <summary>
/// Reads the objects an event points to, projected to the selection, as the subscriber may see them. Each read has
/// a context of its own, disposed at once: a subscription lives for hours and must not collect one per event.
/// </summary>
public sealed class EventEntityLoader(DbContextOptions<GraphApiDbContext> options)
{
    public async Task<T?> LoadAsync<T>(int? id, IResolverContext context) where T : class
    {
        if (id is null)
        {
            return null;
        }

        var caller = context.Services.GetService(typeof(Caller)) as Caller;
        await using var db = new GraphApiDbContext(options, caller);
        return await CustomerVisibility.Visible<T>(db).Where(entity => EF.Property<int>(entity, "Id") == id).FirstProjectedAsync(context);
    }
}
