using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Security;

/// <summary>Configures the JwtBearer scheme from <see cref="JwtOptions"/>: what to trust, how claims map, and coded refusals.</summary>
public static class JwtBearerSetup
{
    /// <summary>Applies <paramref name="jwt"/> to <paramref name="options"/>.</summary>
    public static void Configure(JwtBearerOptions options, JwtOptions jwt)
    {
        options.MapInboundClaims = false;
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = async context =>
            {
                var tokens = context.HttpContext.RequestServices.GetRequiredService<TokenAuthenticator>();
                var (grant, failure) = await tokens.MapAsync(context.Principal!, context.SecurityToken.ValidTo, context.HttpContext.RequestAborted);
                if (grant is null)
                {
                    context.Fail(failure!);
                    return;
                }

                context.HttpContext.Items[TokenAuthenticator.GrantItem] = grant;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                var failure = context.AuthenticateFailure;
                await AuthenticationRefusal.WriteAsync(context.HttpContext, TokenAuthenticator.Describe(failure), null, failure is null ? "Bearer" : "Bearer error=\"invalid_token\"");
            },
        };
        if (!jwt.Enabled)
        {
            return;
        }

        options.Authority = string.IsNullOrWhiteSpace(jwt.Authority) ? null : jwt.Authority;
        options.Audience = jwt.Audience;
        options.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = string.IsNullOrWhiteSpace(jwt.Issuer) ? null : jwt.Issuer,
            ValidateAudience = true,
            ValidAudience = jwt.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = jwt.ClockSkew,
            IssuerSigningKeys = [.. jwt.SigningKeys.Select(ReadPublicKey)],
            NameClaimType = jwt.NameClaim,
            RoleClaimType = jwt.RoleClaim,
        };
    }

    /// <summary>An RSA or EC public key from PEM.</summary>
    public static SecurityKey ReadPublicKey(string pem)
    {
        try
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return new RsaSecurityKey(rsa);
        }
        catch (ArgumentException)
        {
            var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(pem);
            return new ECDsaSecurityKey(ecdsa);
        }
    }
}
