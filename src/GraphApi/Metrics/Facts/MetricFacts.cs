using Microsoft.EntityFrameworkCore;

namespace GraphApi.Metrics.Facts;

/// <summary>
/// Keeps the metric facts in step with the rows they are derived from: <see cref="Persistence.GraphApiDbContext"/> refreshes
/// those of every save in the save's transaction; <see cref="RebuildAsync"/> derives all of them, for data written around EF Core.
/// Two refreshes of one request never interleave: the API's writers take the outbox's writer lock (<see cref="Events.Outbox"/>),
/// and SQLite has one writer at a time.
/// </summary>
public static class MetricFacts
{
    // Keeps each statement's IN lists short enough for any provider's statement size.
    private const int ChunkSize = 500;

    /// <summary>Derives every metric fact anew from the rows, in one transaction of its own unless one is open.</summary>
    public static async Task RebuildAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.Database.ExecuteSqlRawAsync(MetricFactStatements.Refresh(MetricsDialect.For(db), null), cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    internal static async Task RefreshAsync(DbContext db, MetricFactKeys keys, CancellationToken cancellationToken)
    {
        foreach (var chunk in keys.Chunks(ChunkSize))
        {
            await db.Database.ExecuteSqlRawAsync(MetricFactStatements.Refresh(MetricsDialect.For(db), chunk), cancellationToken);
        }
    }

    internal static void Refresh(DbContext db, MetricFactKeys keys)
    {
        foreach (var chunk in keys.Chunks(ChunkSize))
        {
            db.Database.ExecuteSqlRaw(MetricFactStatements.Refresh(MetricsDialect.For(db), chunk));
        }
    }
}
