using System.Net;
using Microsoft.Extensions.Options;

namespace GraphApi.Connectors;

/// <summary>
/// Sends a request until it succeeds: transient failures wait (exponential backoff with full jitter, or <c>Retry-After</c>)
/// and try again, refusals that retrying cannot fix throw <see cref="PermanentPushException"/>.
/// </summary>
public sealed class RetryingSender(IOptions<ConnectorOptions> options, ILogger<RetryingSender> logger, TimeProvider clock)
{
    private RetryOptions Retry => options.Value.Retry;

    /// <summary>The successful response to the request <paramref name="build"/> makes (a new one per attempt).</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpClient client, Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = build();
            TimeSpan? retryAfter = null;
            string failure;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(Retry.RequestTimeout);
                var response = await client.SendAsync(request, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return response;
                }

                using (response)
                {
                    var body = await response.Content.ReadAsStringAsync(cancellationToken);
                    failure = $"{(int)response.StatusCode} {response.ReasonPhrase}: {Shorten(body)}";
                    if (!IsTransient(response.StatusCode))
                    {
                        throw new PermanentPushException($"{request.Method} {request.RequestUri} was refused with {failure}");
                    }

                    retryAfter = RetryAfter(response);
                }
            }
            catch (HttpRequestException exception)
            {
                failure = exception.Message;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = $"no answer within {Retry.RequestTimeout.TotalSeconds:F0} s";
            }

            var delay = retryAfter ?? Backoff(attempt);
            logger.LogWarning("{Method} {Uri} failed ({Failure}); attempt {Attempt}, retrying in {Delay} ms", request.Method, request.RequestUri, failure, attempt + 1, (int)delay.TotalMilliseconds);
            await Task.Delay(delay, clock, cancellationToken);
        }
    }

    /// <summary>The wait before retry <paramref name="attempt"/> (0-based): random, from half the initial delay up to min(max, initial * 2^attempt).</summary>
    public TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(Retry.MaxDelay.TotalMilliseconds, Retry.InitialDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30)));
        return TimeSpan.FromMilliseconds(Retry.InitialDelay.TotalMilliseconds / 2 + Random.Shared.NextDouble() * Math.Max(0, ceiling - Retry.InitialDelay.TotalMilliseconds / 2));
    }

    // 401 is transient on purpose: wrong credentials are fixed by an operator, and skipping changes meanwhile would lose them.
    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.Unauthorized or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : null);
        return delay is { } d ? TimeSpan.FromTicks(Math.Clamp(d.Ticks, 0, Retry.MaxDelay.Ticks)) : null;
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
