using System.Globalization;
using GraphApi.Api;
using GraphApi.Events;
using GraphApi.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Integrations.Webhooks;

/// <summary>
/// <c>webhooks create --url &lt;url&gt; --events &lt;TYPE,...&gt; [--request &lt;id&gt;] [--customer &lt;id&gt;] [--secret &lt;secret&gt;]</c>,
/// <c>webhooks list</c>, <c>webhooks delete &lt;id&gt;</c>. Returns the process exit code; a new subscription's secret is the last line printed.
/// </summary>
public static class WebhooksCommand
{
    public static readonly string Usage = $"""
        usage:
          webhooks create --url <url> --events <TYPE,...> [--request <request's GraphQL id>] [--customer <customer's GraphQL id>] [--secret <secret>]
          webhooks list
          webhooks delete <id>
        event types: {string.Join(", ", Enum.GetValues<EventType>().Select(EnumNames.Of))}
        """;

    /// <param name="args">The arguments after <c>webhooks</c>.</param>
    public static async Task<int> RunAsync(string[] args, GraphApiDbContext context, WebhookOptions options, TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        if (args.Length == 0)
        {
            return Fail(error, "missing webhooks command.");
        }

        await PersistenceExtensions.MigrateAsync(context);
        return args[0] switch
        {
            "create" => await CreateAsync(args[1..], context, options, output, error, clock),
            "list" when args.Length == 1 => await ListAsync(context, output),
            "delete" when args.Length == 2 => await DeleteAsync(args[1], context, output, error),
            "list" or "delete" => Fail(error, $"wrong number of arguments for 'webhooks {args[0]}'."),
            _ => Fail(error, $"unknown webhooks command '{args[0]}'."),
        };
    }

    private static async Task<int> CreateAsync(string[] args, GraphApiDbContext context, WebhookOptions options, TextWriter output, TextWriter error, TimeProvider clock)
    {
        string? url = null, events = null, request = null, customer = null, secret = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return Fail(error, $"option '{args[i]}' needs a value.");
            }

            switch (args[i])
            {
                case "--url": url = args[++i]; break;
                case "--events": events = args[++i]; break;
                case "--request": request = args[++i]; break;
                case "--customer": customer = args[++i]; break;
                case "--secret": secret = args[++i]; break;
                default: return Fail(error, $"unknown option '{args[i]}'.");
            }
        }

        if (url is null)
        {
            return Fail(error, "--url is required.");
        }

        var types = new List<EventType>();
        foreach (var name in (events ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!WebhookSubscriptionChecks.TryParseEventType(name, out var type))
            {
                return Fail(error, $"'{name}' is not an event type.");
            }

            types.Add(type);
        }

        var check = new InputCheck();
        var checkedUrl = WebhookSubscriptionChecks.Url(check, url, options.AllowLoopbackTargets, "--url");
        var typeNames = WebhookSubscriptionChecks.EventTypes(check, types, "--events");
        var checkedSecret = secret is null ? WebhookSignature.NewSecret() : WebhookSubscriptionChecks.Secret(check, secret, "--secret");
        var (requestId, customerId) = await WebhookSubscriptionChecks.FilterAsync(check, context, new WebhookFilterInput { RequestId = request, CustomerId = customer }, "filter", CancellationToken.None);
        if (check.Failed)
        {
            return Fail(error, string.Join(Environment.NewLine + "error: ", check.Errors.Select(e => e.Message)));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var subscription = new WebhookSubscription
        {
            Url = checkedUrl,
            EventTypeNames = typeNames,
            RequestId = requestId,
            CustomerId = customerId,
            Secret = checkedSecret,
            Position = await context.Events.IgnoreQueryFilters().MaxAsync(e => (long?)e.Sequence) ?? 0,
            CreatedAt = now,
            UpdatedAt = now,
        };
        context.WebhookSubscriptions.Add(subscription);
        await context.SaveChangesAsync();
        await output.WriteLineAsync($"Created webhook subscription {subscription.Id} ({subscription.GetGlobalId()}) to {checkedUrl}. Its signing secret is shown only this once:");
        await output.WriteLineAsync(checkedSecret);
        return 0;
    }

    private static async Task<int> ListAsync(GraphApiDbContext context, TextWriter output)
    {
        var subscriptions = await context.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        var deadLetters = await context.WebhookDeadLetters.GroupBy(d => d.SubscriptionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        await output.WriteLineAsync("id\turl\tevents\tstatus\tdelivered\tattempts\tdead letters\tlast error");
        foreach (var s in subscriptions)
        {
            await output.WriteLineAsync(string.Join('\t', s.Id, s.Url, string.Join(',', s.GetEventTypes().Select(EnumNames.Of)), EnumNames.Of(s.Status),
                s.LastDeliveredAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-", s.Attempts, deadLetters.GetValueOrDefault(s.Id), s.LastError ?? "-"));
        }

        return 0;
    }

    private static async Task<int> DeleteAsync(string idText, GraphApiDbContext context, TextWriter output, TextWriter error)
    {
        if (!int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && !GlobalId.TryDecode(idText, nameof(WebhookSubscription), out id))
        {
            return Fail(error, $"'{idText}' is not a webhook subscription id: pass the number 'webhooks list' shows, or the GraphQL id.");
        }

        var subscription = await context.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == id);
        if (subscription is null)
        {
            return Fail(error, $"no webhook subscription with id '{idText}'.");
        }

        context.WebhookSubscriptions.Remove(subscription);
        await context.SaveChangesAsync();
        await output.WriteLineAsync($"Deleted webhook subscription {subscription.Id} ({subscription.Url}).");
        return 0;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        error.WriteLine(Usage);
        return 2;
    }
}
