using System.Globalization;
using System.Net.Http.Headers;

namespace GraphApi.Integrations.Webhooks;

/// <summary>POSTs signed deliveries: a timeout per request, redirects not followed, loopback receivers refused unless configured.</summary>
public sealed class WebhookSender : IDisposable
{
    private const int MaxErrorLength = 500;

    private readonly HttpClient _client;
    private readonly WebhookOptions _options;
    private readonly TimeProvider _clock;

    public WebhookSender(WebhookOptions options, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
        _client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectTimeout = options.RequestTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, cancellationToken) => WebhookTarget.ConnectAsync(context, options.AllowLoopbackTargets, cancellationToken),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("GraphApi-Webhooks", "1"));
    }

    /// <summary>Sends <paramref name="body"/> signed with <paramref name="secret"/> and a fresh timestamp; cancelling <paramref name="cancellationToken"/> throws.</summary>
    public async Task<WebhookAttempt> SendAsync(string url, string secret, Guid eventId, byte[] body, CancellationToken cancellationToken)
    {
        var timestamp = _clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.EventIdHeader, eventId.ToString());
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            return status switch
            {
                >= 200 and < 300 => new WebhookAttempt(true, status, null),
                >= 300 and < 400 => new WebhookAttempt(false, status, Trim($"HTTP {status}: redirects are not followed (Location: {response.Headers.Location}); point the subscription at the final URL.")),
                _ => new WebhookAttempt(false, status, $"HTTP {status} {response.ReasonPhrase}"),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookAttempt(false, null, $"no answer within {_options.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (Webhooks:RequestTimeout).");
        }
        catch (HttpRequestException exception)
        {
            return new WebhookAttempt(false, null, Trim(exception.InnerException is { } inner ? $"{exception.Message} ({inner.Message})" : exception.Message));
        }
    }

    public void Dispose() => _client.Dispose();

    private static string Trim(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}
