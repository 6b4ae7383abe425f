using System.Security.Cryptography;
using GraphApi.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Tests.Security;

/// <summary>The Kestrel-hosted API trusting an identity provider whose signing key the test holds, and a way to mint its tokens.</summary>
public sealed class JwtApiFactory : KestrelApiFactory
{
    public const string Issuer = "https://idp.example.test/";
    public const string Audience = "api://graphapi";

    private readonly RSA _signingKey = RSA.Create(2048);

    /// <summary>A token from the provider (or, with <paramref name="signingKey"/>, from an impostor).</summary>
    public string Token(
        IDictionary<string, object> claims,
        TimeSpan? expiresIn = null,
        string audience = Audience,
        string issuer = Issuer,
        RSA? signingKey = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(30));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.AddMinutes(-60),
            NotBefore = expires.AddMinutes(-60),
            Expires = expires,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signingKey ?? _signingKey), SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:Jwt:Issuer", Issuer);
        builder.UseSetting("Security:Jwt:Audience", Audience);
        builder.UseSetting("Security:Jwt:SigningKeys:0", _signingKey.ExportSubjectPublicKeyInfoPem());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _signingKey.Dispose();
        }
    }
}
