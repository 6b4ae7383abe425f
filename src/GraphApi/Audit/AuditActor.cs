using GraphApi.Security;

namespace GraphApi.Audit;

/// <summary>Who made a change, as the audit trail records it.</summary>
/// <param name="Kind">The kind of identity.</param>
/// <param name="Id">Its stable id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Role">The role it acted in, lower case.</param>
public sealed record AuditActor(AuditActorKind Kind, string Id, string? Name, string? Role)
{
    /// <summary>The actor of <paramref name="caller"/>'s changes.</summary>
    public static AuditActor Of(Caller caller) =>
        new(AuditActorKind.ApiKey, caller.KeyId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown", caller.Name, caller.Role?.ToString().ToLowerInvariant());
}
