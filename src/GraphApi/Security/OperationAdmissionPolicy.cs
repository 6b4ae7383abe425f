using GraphApi.GraphQL;
using GraphApi.GraphQL.Execution;

namespace GraphApi.Security;

/// <summary>
/// Decides, before any resolver runs, whether an operation may: every field it may select needs an authenticated
/// caller unless marked <see cref="AllowAnonymousAttribute"/> (introspection and <c>__typename</c> included), and its
/// cost is charged to the caller's rate limit. Role rules stay on the fields (<see cref="AuthorizeAttribute"/>).
/// </summary>
public sealed class OperationAdmissionPolicy(CallerRateLimiter rateLimiter)
{
    /// <summary>Null to run the operation; otherwise the error that refuses it.</summary>
    public ValueTask<GraphQLError?> AdmitAsync(OperationAdmission admission)
    {
        var caller = admission.Request.Services?.GetService(typeof(Caller)) as Caller;
        if (caller is not { IsAuthenticated: true })
        {
            var guarded = admission.Fields.FirstOrDefault(field => !AllowAnonymousAttribute.IsSet(field));
            return ValueTask.FromResult(guarded is null
                ? null
                : new GraphQLError($"{guarded.Name} needs an authenticated caller. {AuthenticationRefusal.MissingCredential}", extensions: new Dictionary<string, object?> { ["code"] = SecurityErrorCodes.NotAuthenticated }));
        }

        return ValueTask.FromResult(rateLimiter.Charge(caller, admission.Cost));
    }
}
