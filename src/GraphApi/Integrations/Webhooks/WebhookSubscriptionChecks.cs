using GraphApi.Api;
using GraphApi.Customers;
using GraphApi.Events;
using GraphApi.Persistence;
using GraphApi.Requests;

namespace GraphApi.Integrations.Webhooks;

/// <summary>What a webhook subscription's fields must be, for the mutations and the CLI alike.</summary>
public static class WebhookSubscriptionChecks
{
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 200;

    /// <summary>The trimmed URL, or an <c>INVALID_INPUT</c> error.</summary>
    public static string Url(InputCheck check, string? url, bool allowLoopback, string field)
    {
        var trimmed = url?.Trim() ?? string.Empty;
        if (WebhookTarget.Problem(trimmed, allowLoopback) is { } problem)
        {
            check.Fail(ApiErrorCodes.InvalidInput, problem, field);
        }

        return trimmed;
    }

    /// <summary>The stored form of the event types; at least one is needed.</summary>
    public static string EventTypes(InputCheck check, IReadOnlyList<EventType> types, string field)
    {
        if (types.Count == 0)
        {
            check.Fail(ApiErrorCodes.InvalidInput, "eventTypes must name at least one event type.", field);
        }

        return WebhookSubscription.FormatEventTypes(types);
    }

    /// <summary>The secret as given, or an error when it is too short, too long or has white space.</summary>
    public static string Secret(InputCheck check, string secret, string field)
    {
        if (secret.Length is < MinSecretLength or > MaxSecretLength || secret.Any(char.IsWhiteSpace))
        {
            check.Fail(ApiErrorCodes.InvalidInput, $"secret must be {MinSecretLength} to {MaxSecretLength} characters long, without spaces; omit it to get a random one.", field);
        }

        return secret;
    }

    /// <summary>The filter's request and customer keys, each checked to exist.</summary>
    public static async Task<(int? RequestId, int? CustomerId)> FilterAsync(InputCheck check, GraphApiDbContext db, WebhookFilterInput? filter, string field, CancellationToken cancellationToken)
    {
        var requestId = check.OptionalId(filter?.RequestId, nameof(Request), $"{field}.requestId");
        var customerId = check.OptionalId(filter?.CustomerId, nameof(Customer), $"{field}.customerId");
        await check.Exists<Request>(db, requestId, $"{field}.requestId", cancellationToken);
        await check.Exists<Customer>(db, customerId, $"{field}.customerId", cancellationToken);
        return (requestId, customerId);
    }

    /// <summary>An event type by its GraphQL name (<c>REQUEST_STATUS_CHANGED</c>), as the CLI takes it.</summary>
    public static bool TryParseEventType(string name, out EventType type)
    {
        foreach (var value in Enum.GetValues<EventType>())
        {
            if (string.Equals(EnumNames.Of(value), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = value;
                return true;
            }
        }

        type = default;
        return false;
    }
}
