using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GraphApi.Events;

/// <summary>What a change set on a tracked entity, by GraphQL field name, for the <c>changedFields</c> of its event.</summary>
public static class ChangedFields
{
    /// <summary>
    /// The GraphQL names of the properties of <paramref name="entry"/> whose values differ from those read (a foreign key by
    /// its navigation's name: <c>OwnerId</c> is <c>owner</c>); concurrency tokens such as <c>Version</c> are left out.
    /// </summary>
    public static List<string> Of(EntityEntry entry)
    {
        entry.DetectChanges();
        var names = new List<string>();
        foreach (var property in entry.Properties)
        {
            if (!property.IsModified || property.Metadata.IsConcurrencyToken)
            {
                continue;
            }

            var name = property.Metadata.GetContainingForeignKeys().FirstOrDefault()?.DependentToPrincipal?.Name ?? property.Metadata.Name;
            names.Add(char.ToLowerInvariant(name[0]) + name[1..]);
        }

        return names;
    }
}
