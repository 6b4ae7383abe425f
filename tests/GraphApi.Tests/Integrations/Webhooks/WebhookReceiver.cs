using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphApi.Tests.Integrations.Webhooks;

/// <summary>A webhook receiver on a loopback port: records every POST, checks its signature the way the README tells receivers to, and answers as <see cref="Respond"/> says.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<ReceivedDelivery> _received = [];

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>The URL to subscribe: <c>http://127.0.0.1:port/hook</c>.</summary>
    public string Url { get; private set; } = "";

    /// <summary>The secret to check signatures with, once known.</summary>
    public string? Secret { get; set; }

    /// <summary>How to answer a delivery (default 200).</summary>
    public Func<ReceivedDelivery, Task<IResult>> Respond { get; set; } = _ => Task.FromResult(Results.Ok());

    /// <summary>What arrived so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedDelivery> Received
    {
        get
        {
            lock (_received)
            {
                return _received.ToList();
            }
        }
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{**path}", receiver.HandleAsync);
        await app.StartAsync();
        receiver.Url = app.Urls.First() + "/hook";
        return receiver;
    }

    /// <summary>Waits (at most <paramref name="timeout"/>, default 20 s) until <paramref name="condition"/> holds of what arrived.</summary>
    public async Task<IReadOnlyList<ReceivedDelivery>> WaitForAsync(Func<IReadOnlyList<ReceivedDelivery>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var received = Received;
            if (condition(received))
            {
                return received;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The receiver did not get what was expected in time; it has {received.Count} deliveries.");
            await Task.Delay(20);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> deliveries arrived.</summary>
    public Task<IReadOnlyList<ReceivedDelivery>> WaitForCountAsync(int count, TimeSpan? timeout = null) => WaitForAsync(r => r.Count >= count, timeout);

    /// <summary>The signature as the README says to compute it, independently of the server's code.</summary>
    public static string ExpectedSignature(string secret, string timestamp, byte[] body)
    {
        byte[] message = [.. Encoding.UTF8.GetBytes(timestamp + "."), .. body];
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var timestamp = context.Request.Headers["X-GraphApi-Timestamp"].ToString();
        var signature = context.Request.Headers["X-GraphApi-Signature"].ToString();
        var delivery = new ReceivedDelivery(
            context.Request.Path,
            context.Request.Headers["X-GraphApi-Event-Id"].ToString(),
            timestamp,
            signature,
            context.Request.ContentType,
            body,
            JsonDocument.Parse(body).RootElement.Clone(),
            Secret is { } secret && signature == ExpectedSignature(secret, timestamp, body),
            DateTime.UtcNow);
        lock (_received)
        {
            _received.Add(delivery);
        }

        await (await Respond(delivery)).ExecuteAsync(context);
    }
}

/// <summary>One POST as the receiver got it.</summary>
public sealed record ReceivedDelivery(string Path, string EventId, string Timestamp, string Signature, string? ContentType, byte[] Body, JsonElement Json, bool SignatureValid, DateTime ReceivedAt)
{
    public string Type => Json.GetProperty("type").GetString()!;

    public string Cursor => Json.GetProperty("cursor").GetString()!;

    public long Sequence => long.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(Cursor))["event:".Length..], System.Globalization.CultureInfo.InvariantCulture);
}
