using GraphApi.GraphQL.AspNetCore.WebSockets;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace GraphApi.Security;

/// <summary>Authentication (API keys and identity-provider tokens), authorization, limits and rate limits, from the <c>Security</c> section.</summary>
public static class SecurityServiceExtensions
{
    /// <summary>Registers the schemes, the endpoint policy (also the fallback for every endpoint), the limits and the revocation monitor.</summary>
    public static IServiceCollection AddGraphApiSecurity(this IServiceCollection services)
    {
        services.AddSingleton(provider => Section<SecurityLimitsOptions>(provider, "Security:Limits"));
        services.AddSingleton(provider => Section<RateLimitOptions>(provider, "Security:RateLimits"));
        services.AddSingleton(provider => Section<JwtOptions>(provider, "Security:Jwt"));
        services.AddSingleton<FailedAuthenticationThrottle>();
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddSingleton<TokenAuthenticator>();
        services.AddSingleton<CallerRateLimiter>();
        services.AddSingleton<OperationAdmissionPolicy>();
        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<KeyRevocationMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<KeyRevocationMonitor>());
        services.AddSingleton<IGraphQLSocketInterceptor, ApiKeySocketInterceptor>();

        services.AddAuthentication(GraphApiAuthentication.Scheme)
            .AddPolicyScheme(GraphApiAuthentication.Scheme, "API key or identity-provider token", options => options.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(GraphApiAuthentication.ApiKeyScheme, null)
            .AddJwtBearer(GraphApiAuthentication.JwtScheme, _ => { });
        services.AddOptions<JwtBearerOptions>(GraphApiAuthentication.JwtScheme).Configure<JwtOptions>(JwtBearerSetup.Configure);
        services.AddAuthorizationBuilder()
            .AddPolicy(GraphApiAuthentication.GraphQLPolicy, policy => policy.AddAuthenticationSchemes(GraphApiAuthentication.Scheme).AddRequirements(new GraphQLCallerRequirement()))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(GraphApiAuthentication.Scheme).RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>Authenticates every request, authorizes it against its endpoint's policy, and signs its <see cref="Caller"/> in.</summary>
    public static IApplicationBuilder UseGraphApiSecurity(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CallerMiddleware>();
        return app;
    }

    private static string SelectScheme(HttpContext context)
    {
        var credential = ApiKeyAuthenticator.BearerToken(context.Request.Headers.Authorization);
        return credential is not null && GraphApiAuthentication.LooksLikeJwt(credential) && context.RequestServices.GetRequiredService<JwtOptions>().Enabled
            ? GraphApiAuthentication.JwtScheme
            : GraphApiAuthentication.ApiKeyScheme;
    }

    private static T Section<T>(IServiceProvider provider, string name) where T : new() =>
        provider.GetRequiredService<IConfiguration>().GetSection(name).Get<T>() ?? new T();
}
