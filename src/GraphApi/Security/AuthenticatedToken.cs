namespace GraphApi.Security;

/// <summary>What a valid identity-provider token grants, after its claims are mapped.</summary>
/// <param name="Issuer">The token's issuer.</param>
/// <param name="Subject">The token's subject (<c>sub</c>).</param>
/// <param name="Name">The name recorded as the actor of changes.</param>
/// <param name="Role">The role its claims map to.</param>
/// <param name="CustomerId">For a customer token, its customer.</param>
/// <param name="ExpiresAt">When the token expires.</param>
public sealed record AuthenticatedToken(string Issuer, string Subject, string Name, ApiKeyRole Role, int? CustomerId, DateTimeOffset ExpiresAt);
