using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Integrations.Webhooks;
using GraphApi.Persistence;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Query
{
    [Authorize(ApiKeyRole.Admin)]
    [GraphQLDescription("The outbound webhook subscriptions, oldest first, each with its delivery state.")]
    public async Task<IReadOnlyList<WebhookSubscription>> GetWebhookSubscriptions(DbContextPerResolver<GraphApiDbContext> db, CancellationToken cancellationToken) =>
        await db.Create().WebhookSubscriptions.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);

    [Authorize(ApiKeyRole.Admin)]
    [GraphQLDescription("One outbound webhook subscription, or null when there is none with this id.")]
    public async Task<WebhookSubscription?> GetWebhookSubscription([ID] string id, DbContextPerResolver<GraphApiDbContext> db, CancellationToken cancellationToken)
    {
        var key = GlobalId.Decode(id, nameof(WebhookSubscription));
        return await db.Create().WebhookSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == key, cancellationToken);
    }
}
