using System.Globalization;
using GraphApi.Security;

namespace GraphApi.Audit;

/// <summary>Who made a change, as the audit trail records it.</summary>
/// <param name="Kind">The kind of identity.</param>
/// <param name="Id">Its stable id: the key's id, or the token's issuer and subject.</param>
/// <param name="Name">Its name.</param>
/// <param name="Role">The role it acted in, lower case.</param>
public sealed record AuditActor(AuditActorKind Kind, string Id, string? Name, string? Role)
{
    private const string TokenPrefix = "token:";

    /// <summary>The actor of <paramref name="caller"/>'s changes.</summary>
    public static AuditActor Of(Caller caller)
    {
        var role = caller.Role?.ToString().ToLowerInvariant();
        return caller.KeyId is { } keyId
            ? new AuditActor(AuditActorKind.ApiKey, keyId.ToString(CultureInfo.InvariantCulture), caller.Name, role)
            : new AuditActor(AuditActorKind.Token, caller.Subject is { } subject && subject.StartsWith(TokenPrefix, StringComparison.Ordinal) ? subject[TokenPrefix.Length..] : caller.Subject ?? "unknown", caller.Name, role);
    }
}
