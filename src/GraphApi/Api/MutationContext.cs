using AutoMapper;
using GraphApi.Audit;
using GraphApi.Events;
using GraphApi.GraphQL.Data;
using GraphApi.Persistence;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

/// <summary>What every mutation needs: a context of its own, the caller, the clock and the input mapper.</summary>
public sealed class MutationContext(DbContextPerResolver<GraphApiDbContext> contexts, Caller caller, TimeProvider clock, IMapper mapper, EventFeed feed)
{
    /// <summary>The caller.</summary>
    public Caller Caller => caller;

    /// <summary>Maps inputs to entities.</summary>
    public IMapper Mapper => mapper;

    /// <summary>Now, in UTC.</summary>
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Who made a change, as events record it: the staff member's global id for a key bound to one, otherwise <c>role:key-name</c>.</summary>
    public string Actor => caller.StaffMemberId is { } staffMemberId
        ? GlobalId.Encode(nameof(Staff.StaffMember), staffMemberId)
        : $"{caller.Role?.ToString().ToLowerInvariant()}:{caller.Name}";

    /// <summary>The mutation field running now, set by <see cref="MutationPipeline"/> before each mutation resolver (mutations run one at a time).</summary>
    public string? Current { get; set; }

    /// <summary>A new context for this mutation (tracked, confined to what the caller may see).</summary>
    public GraphApiDbContext Database() => contexts.Create();

    /// <summary>
    /// Saves in one transaction: the change, then (with keys assigned) whatever <paramref name="afterInsert"/> adds, such as
    /// its event, then the audit entry of all of it (<see cref="AuditTrail"/>); then wakes the event feed. Null on success;
    /// on a conflict nothing is written and the error says why.
    /// </summary>
    public async Task<MutationError?> SaveAsync(GraphApiDbContext db, CancellationToken cancellationToken, Action? afterInsert = null)
    {
        try
        {
            await using var transaction = await Outbox.BeginAsync(db, cancellationToken);
            var audit = new AuditTrail();
            audit.Capture(db);
            await db.SaveChangesAsync(cancellationToken);
            if (afterInsert is not null)
            {
                afterInsert();
                audit.Capture(db);
                await db.SaveChangesAsync(cancellationToken);
            }

            if (audit.Complete(Current ?? "unknown", AuditActor.Of(caller), Now) is { } entry)
            {
                db.AuditEntries.Add(entry);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            feed.Notify();
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return new MutationError(ApiErrorCodes.ConcurrentUpdate, "Someone else changed this first; nothing was changed. Read it again and retry.", "input.expectedVersion");
        }
        catch (DbUpdateException exception) when (DatabaseProviders.IsUniqueViolation(exception))
        {
            return new MutationError(ApiErrorCodes.AlreadyExists, "A unique value is already in use by another object; nothing was changed.");
        }
    }
}
