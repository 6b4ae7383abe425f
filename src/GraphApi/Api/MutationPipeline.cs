using GraphApi.Audit;
using GraphApi.GraphQL.Types;

namespace GraphApi.Api;

/// <summary>
/// What every mutation field runs through: it names the running mutation for its audit entry (<see cref="AuditTrail"/>),
/// and runs a mutation sent without <c>expectedVersion</c> again when it lost a race to another writer
/// (<c>CONCURRENT_UPDATE</c>): without a version the caller asked for no check, so the change is made on fresh reads.
/// </summary>
public static class MutationPipeline
{
    /// <summary>How many times a mutation without <c>expectedVersion</c> is tried before its conflict is answered.</summary>
    public const int MaxAttempts = 10;

    /// <summary>Wraps <paramref name="field"/>'s resolver.</summary>
    public static void Apply(FieldDefinition field)
    {
        if (field.Resolver is not { } resolve)
        {
            return;
        }

        var name = field.Name;
        field.Resolver = async context =>
        {
            var mutation = context.Services.GetService(typeof(MutationContext)) as MutationContext;
            for (var attempt = 1; ; attempt++)
            {
                mutation?.Current = name;
                var result = await resolve(context);
                if (attempt == MaxAttempts || !LostRace(result) || AsksForVersionCheck(context.Arguments))
                {
                    return result;
                }

                // Jittered, growing pauses keep retrying writers from colliding again in step.
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), context.CancellationToken);
            }
        };
    }

    private static bool LostRace(object? result) =>
        result is Payload payload && payload.Errors.Any(error => error.Code == ApiErrorCodes.ConcurrentUpdate);

    private static bool AsksForVersionCheck(IReadOnlyDictionary<string, object?> arguments) => arguments.GetValueOrDefault("input") switch
    {
        IReadOnlyDictionary<string, object?> input => input.GetValueOrDefault("expectedVersion") is not null,
        { } input => input.GetType().GetProperty("ExpectedVersion")?.GetValue(input) is not null,
        null => false,
    };
}
