using GraphApi.Api;
using GraphApi.Events;
using GraphApi.GraphQL.Types.CodeFirst;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GraphApi.Audit;

/// <summary>
/// Collects what one mutation's context saves, entity by entity, across its SaveChanges calls, then writes it as an
/// <see cref="AuditEntry"/> in the same transaction. Generic over the model: a new entity or mutation is audited
/// without code of its own. Outbox events and the trail's own rows are not targets.
/// </summary>
public sealed class AuditTrail
{
    private readonly Dictionary<object, (EntityEntry Entry, AuditTarget Target)> _targets = new(ReferenceEqualityComparer.Instance);

    /// <summary>Notes the changes <paramref name="db"/> is about to save; call before each SaveChanges.</summary>
    public void Capture(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || entry.Entity is DomainEvent or AuditEntry or AuditTarget)
            {
                continue;
            }

            var fields = entry.State switch
            {
                EntityState.Added => entry.Properties.Where(p => !p.Metadata.IsPrimaryKey() && !p.Metadata.IsShadowProperty() && p.CurrentValue is not null),
                EntityState.Modified => entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)),
                _ => [],
            };
            var names = fields.Select(p => p.Metadata.PropertyInfo is { } property ? NameConventions.FieldName(property) : NameConventions.CamelCase(p.Metadata.Name)).ToList();
            if (_targets.TryGetValue(entry.Entity, out var known))
            {
                known.Target.ChangedFields = [.. known.Target.ChangedFields.Union(names, StringComparer.Ordinal)];
                known.Target.Change = entry.State == EntityState.Deleted ? AuditChange.Deleted : known.Target.Change;
                continue;
            }

            if (entry.State == EntityState.Modified && names.Count == 0)
            {
                continue;
            }

            var change = entry.State switch
            {
                EntityState.Added => AuditChange.Created,
                EntityState.Deleted => AuditChange.Deleted,
                _ => AuditChange.Updated,
            };
            _targets.Add(entry.Entity, (entry, new AuditTarget
            {
                EntityType = NameConventions.TypeName(entry.Metadata.ClrType),
                EntityId = string.Empty,
                Change = change,
                ChangedFields = names,
            }));
        }
    }

    /// <summary>The entry for what was captured, with the keys the database assigned; null when nothing changed.</summary>
    public AuditEntry? Complete(string mutation, AuditActor actor, DateTime now)
    {
        if (_targets.Count == 0)
        {
            return null;
        }

        var entry = new AuditEntry
        {
            OccurredAt = now,
            Mutation = mutation,
            ActorKind = actor.Kind,
            ActorId = actor.Id,
            ActorName = actor.Name,
            ActorRole = actor.Role,
        };
        foreach (var (tracked, target) in _targets.Values)
        {
            target.EntityId = IdOf(tracked, target.EntityType);
            entry.Targets.Add(target);
        }

        _targets.Clear();
        return entry;
    }

    private static string IdOf(EntityEntry entry, string typeName)
    {
        var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToList();
        return key is [int id]
            ? GlobalId.Encode(typeName, id)
            : string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select((p, i) => $"{NameConventions.CamelCase(p.Name)}:{key[i]}"));
    }
}
