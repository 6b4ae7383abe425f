using GraphApi.GraphQL;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.Security;

/// <summary>Lets only keys with one of <see cref="Roles"/> run the field; others get <c>AUTH_NOT_AUTHORIZED</c>.</summary>
/// <param name="roles">The roles allowed.</param>
public sealed class AuthorizeAttribute(params ApiKeyRole[] roles) : FieldConfigurationAttribute
{
    /// <summary>The roles allowed.</summary>
    public IReadOnlyList<ApiKeyRole> Roles { get; } = roles;

    /// <inheritdoc />
    public override int Order => int.MaxValue;

    /// <inheritdoc />
    public override void Configure(FieldConfigurationContext context) => Guard(context.Field, caller => caller.IsInRole(Roles)
        ? null
        : $"A {Describe(caller.Role)} key may not use {context.Field.Name}; it needs one of: {string.Join(", ", Roles.Select(role => Describe(role)))}.");

    /// <summary>Wraps <paramref name="field"/>'s resolver (and subscribe) so that it runs only when <paramref name="refusal"/> returns null.</summary>
    public static void Guard(FieldDefinition field, Func<Caller, string?> refusal)
    {
        if (field.Resolver is { } resolve)
        {
            field.Resolver = context => Check(context, refusal) is { } error ? ValueTask.FromException<object?>(error) : resolve(context);
        }

        if (field.Subscribe is { } subscribe)
        {
            field.Subscribe = context => Check(context, refusal) is { } error ? ValueTask.FromException<IAsyncEnumerable<object?>>(error) : subscribe(context);
        }
    }

    private static GraphQLException? Check(IResolverContext context, Func<Caller, string?> refusal)
    {
        var caller = context.Services.GetService(typeof(Caller)) as Caller ?? new Caller();
        if (!caller.IsAuthenticated)
        {
            return new GraphQLException("Send an API key as 'Authorization: Bearer <key>'.", SecurityErrorCodes.NotAuthenticated);
        }

        return refusal(caller) is { } message ? new GraphQLException(message, SecurityErrorCodes.NotAuthorized) : null;
    }

    private static string Describe(ApiKeyRole? role) => role?.ToString().ToLowerInvariant() ?? "missing";
}
