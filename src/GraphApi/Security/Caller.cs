namespace GraphApi.Security;

/// <summary>Who is calling, per request (or per WebSocket connection): set from the API key or token before any resolver runs.</summary>
public sealed class Caller
{
    /// <summary>Whether a valid API key or token was presented.</summary>
    public bool IsAuthenticated => Role is not null;

    /// <summary>The key's role; null when unauthenticated.</summary>
    public ApiKeyRole? Role { get; private set; }

    /// <summary>For a customer key: the customer whose data alone it may see.</summary>
    public int? CustomerId { get; private set; }

    /// <summary>The key's name, recorded as the actor of changes made by a key not bound to a staff member.</summary>
    public string? Name { get; private set; }

    /// <summary>Who is calling, stable across requests: <c>key:&lt;id&gt;</c> for an API key, <c>token:&lt;issuer&gt;|&lt;subject&gt;</c> for an identity-provider token.</summary>
    public string? Subject { get; private set; }

    /// <summary>For an API key, its database id.</summary>
    public int? KeyId { get; private set; }

    /// <summary>For an identity-provider token, when it expires.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>For a key bound to a staff member (<c>keys create --staff</c>): who is acting; decisions and interactions default to them.</summary>
    public int? StaffMemberId { get; private set; }

    /// <summary>The customer the caller is confined to, or null when it may see every customer's data.</summary>
    public int? VisibleCustomerId => Role == ApiKeyRole.Customer ? CustomerId ?? 0 : null;

    /// <summary>Takes on the identity of a valid key.</summary>
    public void SignIn(AuthenticatedKey key)
    {
        Role = key.Role;
        CustomerId = key.CustomerId;
        Name = key.Name;
        StaffMemberId = key.StaffMemberId;
        KeyId = key.Id;
        Subject = $"key:{key.Id}";
    }

    /// <summary>Takes on the identity of a valid identity-provider token.</summary>
    public void SignIn(AuthenticatedToken token)
    {
        Role = token.Role;
        CustomerId = token.CustomerId;
        Name = token.Name;
        ExpiresAt = token.ExpiresAt;
        Subject = $"token:{token.Issuer}|{token.Subject}";
    }

    /// <summary>Whether the caller has one of <paramref name="roles"/>.</summary>
    public bool IsInRole(IReadOnlyCollection<ApiKeyRole> roles) => Role is { } role && roles.Contains(role);
}

/// <summary>What a valid API key grants.</summary>
/// <param name="Id">The key's database id.</param>
/// <param name="Name">The key's name.</param>
/// <param name="Role">The key's role.</param>
/// <param name="CustomerId">For a customer key, its customer.</param>
/// <param name="StaffMemberId">For a key bound to a staff member, that person.</param>
public sealed record AuthenticatedKey(int Id, string Name, ApiKeyRole Role, int? CustomerId, int? StaffMemberId = null);
