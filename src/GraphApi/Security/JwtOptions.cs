namespace GraphApi.Security;

/// <summary>
/// The organisation's identity provider, from <c>Security:Jwt</c>: where its tokens come from (an OpenID Connect
/// <see cref="Authority"/>, or an <see cref="Issuer"/> with its <see cref="SigningKeys"/>), the <see cref="Audience"/>
/// they must be for, and how their claims map to a role and, for customers, to a customer.
/// </summary>
public sealed class JwtOptions
{
    /// <summary>The OpenID Connect authority; its discovery document gives the issuer and signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The issuer tokens must name (<c>iss</c>); with <see cref="Authority"/>, the discovered one counts too.</summary>
    public string? Issuer { get; set; }

    /// <summary>The audience tokens must name (<c>aud</c>): this API's identifier at the provider.</summary>
    public string? Audience { get; set; }

    /// <summary>PEM public keys (RSA or EC) tokens may be signed with, when there is no <see cref="Authority"/>.</summary>
    public List<string> SigningKeys { get; set; } = [];

    /// <summary>Whether the authority's metadata must come over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The claim holding roles (a token may carry several; the most privileged mapped one counts).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Role claim values and the GraphApi role each grants; values not listed grant nothing. Empty: <see cref="DefaultRoles"/>.</summary>
    public Dictionary<string, ApiKeyRole> Roles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The mapping used when <see cref="Roles"/> is empty: app roles named after GraphApi's.</summary>
    public static IReadOnlyDictionary<string, ApiKeyRole> DefaultRoles { get; } = new Dictionary<string, ApiKeyRole>(StringComparer.Ordinal)
    {
        ["GraphApi.Admin"] = ApiKeyRole.Admin,
        ["GraphApi.Staff"] = ApiKeyRole.Staff,
        ["GraphApi.Connector"] = ApiKeyRole.Connector,
        ["GraphApi.Customer"] = ApiKeyRole.Customer,
    };

    /// <summary>The mapping in force.</summary>
    public IReadOnlyDictionary<string, ApiKeyRole> RoleMapping => Roles.Count > 0 ? Roles : DefaultRoles;

    /// <summary>For customer tokens, the claim naming the customer: its GraphQL id, or its email address.</summary>
    public string CustomerClaim { get; set; } = "customer";

    /// <summary>The claim recorded as the actor of changes; <c>sub</c> when the token lacks it.</summary>
    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>How far token lifetimes may be off the server's clock.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether tokens are accepted at all: an authority, or an issuer with signing keys, and an audience.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Audience) && (!string.IsNullOrWhiteSpace(Authority) || (!string.IsNullOrWhiteSpace(Issuer) && SigningKeys.Count > 0));
}
