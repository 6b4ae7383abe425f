using GraphApi.Customers;
using GraphApi.Events;
using GraphApi.Expectations;
using GraphApi.Interactions;
using GraphApi.Requests;
using GraphApi.Retrospectives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GraphApi.Metrics.Facts;

/// <summary>
/// The rows a save is about to write that metric facts are derived from. Taken before the save (which forgets what it
/// deleted and what keys were before), read after it (which assigns the keys of new rows).
/// </summary>
internal sealed class MetricFactChanges
{
    private readonly List<object> _written = [];
    private readonly MetricFactKeys _before = new();

    private MetricFactChanges()
    {
    }

    /// <summary>The pending changes that touch metric facts, or null when none does.</summary>
    public static MetricFactChanges? Collect(ChangeTracker tracker)
    {
        MetricFactChanges? changes = null;
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !IsSource(entry.Entity))
            {
                continue;
            }

            changes ??= new MetricFactChanges();
            changes._written.Add(entry.Entity);
            if (entry.State != EntityState.Added)
            {
                Add(changes._before, entry.Entity, name => entry.OriginalValues[name]);
            }
        }

        return changes;
    }

    /// <summary>The facts to refresh: those of the rows as they were before the save, and as they are now.</summary>
    public MetricFactKeys Keys()
    {
        var keys = new MetricFactKeys();
        keys.RequestIds.UnionWith(_before.RequestIds);
        keys.InteractionIds.UnionWith(_before.InteractionIds);
        keys.CustomerIds.UnionWith(_before.CustomerIds);
        foreach (var entity in _written)
        {
            Add(keys, entity, name => Current(entity, name));
        }

        return keys;
    }

    private static object? Current(object entity, string name) => (entity, name) switch
    {
        (Request r, _) => r.Id,
        (Expectation e, _) => e.RequestId,
        (Interaction i, nameof(Interaction.Id)) => i.Id,
        (Interaction i, _) => i.RequestId,
        (InteractionParticipant p, _) => p.InteractionId,
        (DomainEvent v, _) => v.RequestId,
        (Retrospective t, _) => t.RequestId,
        (CustomerUsualContact u, _) => u.CustomerId,
        _ => null,
    };

    private static bool IsSource(object entity) =>
        entity is Request or Expectation or Interaction or InteractionParticipant or DomainEvent or Retrospective or CustomerUsualContact;

    private static void Add(MetricFactKeys keys, object entity, Func<string, object?> value)
    {
        switch (entity)
        {
            case Request:
                AddId(keys.RequestIds, value(nameof(Request.Id)));
                break;
            case Expectation:
                AddId(keys.RequestIds, value(nameof(Expectation.RequestId)));
                break;
            case Interaction:
                AddId(keys.InteractionIds, value(nameof(Interaction.Id)));
                AddId(keys.RequestIds, value(nameof(Interaction.RequestId)));
                break;
            case InteractionParticipant:
                AddId(keys.InteractionIds, value(nameof(InteractionParticipant.InteractionId)));
                break;
            case DomainEvent:
                AddId(keys.RequestIds, value(nameof(DomainEvent.RequestId)));
                break;
            case Retrospective:
                AddId(keys.RequestIds, value(nameof(Retrospective.RequestId)));
                break;
            case CustomerUsualContact:
                AddId(keys.CustomerIds, value(nameof(CustomerUsualContact.CustomerId)));
                break;
        }
    }

    // Keys not yet assigned read as 0 or negative (EF Core's temporary values): such a row has no facts yet.
    private static void AddId(HashSet<int> ids, object? id)
    {
        if (id is int value and > 0)
        {
            ids.Add(value);
        }
    }
}
