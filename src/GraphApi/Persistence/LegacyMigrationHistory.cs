using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GraphApi.Persistence;

/// <summary>
/// Databases made by the hand-written migrations that the generated ones replaced: their schema is the one the first
/// generated migration creates, so their history is rewritten to say so (no table is touched) before migrating on.
/// </summary>
public static class LegacyMigrationHistory
{
    /// <summary>The hand-written migrations, squashed into each provider's first generated migration.</summary>
    public static readonly IReadOnlyList<string> MigrationIds = ["20261122000000_Initial", "20261130000000_Events", "20261130010000_ExpectationMonitor"];

    /// <summary>
    /// Replaces a complete legacy history with the first migration of <paramref name="context"/>'s set; returns whether it did.
    /// A partial legacy history (a database some legacy migrations never reached) fails with a message and changes nothing.
    /// </summary>
    /// <param name="context">A migrations context (<see cref="MigrationContexts"/>).</param>
    public static async Task<bool> UpgradeAsync(GraphApiDbContext context, CancellationToken cancellationToken = default)
    {
        var history = context.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken))
        {
            return false;
        }

        var squashed = context.GetService<IMigrationsAssembly>().Migrations.Keys.First();
        // SQLite begins it IMMEDIATE, so a second process rewriting at the same time waits and then finds nothing to do.
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(row => row.MigrationId).ToHashSet(StringComparer.Ordinal);
        var legacy = MigrationIds.Where(applied.Contains).ToList();
        if (legacy.Count == 0)
        {
            return false;
        }

        if (legacy.Count < MigrationIds.Count)
        {
            throw new InvalidOperationException(
                $"The database's migration history has {string.Join(", ", legacy)} but not {string.Join(", ", MigrationIds.Except(legacy))}: "
                + "it was made by a GraphApi build from before those migrations. Start a build from before the migrations were squashed "
                + "(2026-12-02) on it once to bring it up to date, then this one.");
        }

        var script = string.Concat(MigrationIds.Select(history.GetDeleteScript))
            + (applied.Contains(squashed) ? "" : history.GetInsertScript(new HistoryRow(squashed, ProductInfo.GetVersion())));
        await context.Database.ExecuteSqlRawAsync(script, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
