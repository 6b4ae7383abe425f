using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Connectors.Tests;

/// <summary>A vendor API faked on a loopback port of its own, for a connector running in another process.</summary>
public abstract class FakeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Queue<(int Status, TimeSpan? RetryAfter)> _faults = new();
    private int _hangAt;
    private int _changes;

    protected FakeServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        Map(_app);
        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public Uri BaseAddress { get; }

    /// <summary>Signalled when the change <see cref="HangAfterApplying"/> named has been applied and its answer is being held back.</summary>
    public TaskCompletionSource Hung { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many fault answers were served.</summary>
    public int FaultsServed { get; private set; }

    /// <summary>Answers the next changes with these statuses (and <c>Retry-After</c>) before applying any.</summary>
    public void FailNext(int status, TimeSpan? retryAfter = null)
    {
        lock (_faults)
        {
            _faults.Enqueue((status, retryAfter));
        }
    }

    /// <summary>Applies the <paramref name="changeNumber"/>th change (1-based), then never answers: the caller cannot know it landed.</summary>
    public void HangAfterApplying(int changeNumber) => _hangAt = changeNumber;

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _app.StopAsync(stop.Token);
        }

        await _app.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract void Map(WebApplication app);

    /// <summary>A fault to answer a change request with instead of applying it, if one is queued.</summary>
    protected IResult? NextFault()
    {
        lock (_faults)
        {
            if (!_faults.TryDequeue(out var fault))
            {
                return null;
            }

            FaultsServed++;
            return new FaultResult(fault.Status, fault.RetryAfter);
        }
    }

    /// <summary>Called after a change is applied: holds the answer back when this is the change to hang on.</summary>
    protected async Task AfterChangeAsync(CancellationToken aborted)
    {
        if (Interlocked.Increment(ref _changes) == _hangAt)
        {
            Hung.TrySetResult();
            await Task.Delay(Timeout.Infinite, aborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private sealed class FaultResult(int status, TimeSpan? retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            if (retryAfter is { } delay)
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(delay.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return context.Response.WriteAsJsonAsync(new { error = new { message = "Service temporarily unavailable", detail = "injected by the test" }, status = "failure" });
        }
    }
}
