using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphApi.Persistence;

/// <summary>
/// A database transaction that writes. On SQLite, which takes one writer at a time, this process's writers first queue
/// on an asynchronous gate per database file: a writer that found the file locked would otherwise wait in
/// Microsoft.Data.Sqlite's blocking retry loop, holding a thread-pool thread, and a burst of writers starves the pool.
/// Writers in other processes (the <c>keys</c> commands) still meet SQLite's own locking.
/// </summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteGates = new(StringComparer.Ordinal);
    private readonly IDbContextTransaction _transaction;
    private readonly SemaphoreSlim? _gate;

    private WriteTransaction(IDbContextTransaction transaction, SemaphoreSlim? gate)
    {
        _transaction = transaction;
        _gate = gate;
    }

    /// <summary>Begins a write transaction on <paramref name="db"/>, after this process's earlier SQLite writers.</summary>
    public static async Task<WriteTransaction> BeginAsync(DbContext db, CancellationToken cancellationToken)
    {
        var gate = db.Database.IsSqlite() ? SqliteGates.GetOrAdd(db.Database.GetConnectionString() ?? string.Empty, _ => new SemaphoreSlim(1, 1)) : null;
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken);
        }

        try
        {
            return new WriteTransaction(await db.Database.BeginTransactionAsync(cancellationToken), gate);
        }
        catch
        {
            gate?.Release();
            throw;
        }
    }

    /// <summary>Commits.</summary>
    public Task CommitAsync(CancellationToken cancellationToken = default) => _transaction.CommitAsync(cancellationToken);

    /// <summary>Rolls back unless committed, and lets the next writer in.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _transaction.DisposeAsync();
        }
        finally
        {
            _gate?.Release();
        }
    }
}
