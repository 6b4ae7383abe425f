using GraphApi.Persistence;
using GraphApi.Security;
using GraphApi.Tests.Api;

namespace GraphApi.Tests.Integrations.Webhooks;

/// <summary>Two instances on one PostgreSQL database, both delivering: every event reaches every subscription once, in order.</summary>
public sealed class WebhookTwoInstancesTests : IRunsOnPostgres, IDisposable
{
    private const int Requests = 4;
    private const int ChangesPerRequest = 25;

    private readonly PostgresTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [ApiFact]
    public async Task Two_instances_share_the_work_without_sending_anything_twice()
    {
        using var a = new SharedWebhookApiFactory(_database);
        using var b = new SharedWebhookApiFactory(_database);
        var admin = await a.KeyAsync(ApiKeyRole.Admin);
        var staff = await a.KeyAsync(ApiKeyRole.Staff);
        _ = b.Services;
        var receivers = new List<WebhookReceiver>();
        for (var i = 0; i < 3; i++)
        {
            var receiver = await WebhookReceiver.StartAsync();
            (_, receiver.Secret) = await (i % 2 == 0 ? a : b).SubscribeAsync(admin, receiver.Url);
            receivers.Add(receiver);
        }

        try
        {
            var requests = new List<string>();
            for (var i = 0; i < Requests; i++)
            {
                requests.Add(await a.NewRequestAsync(staff));
            }

            await Task.WhenAll(requests.Select((id, i) => Task.Run(async () =>
            {
                var instance = i % 2 == 0 ? a : b;
                await instance.ChangeStatusAsync(staff, id, "TRIAGED");
                for (var change = 1; change < ChangesPerRequest; change++)
                {
                    await instance.ChangeStatusAsync(staff, id, change % 2 == 1 ? "IN_PROGRESS" : "WAITING_ON_CUSTOMER");
                }
            })));

            foreach (var receiver in receivers)
            {
                await receiver.WaitForCountAsync(Requests * ChangesPerRequest, TimeSpan.FromSeconds(60));
            }

            await Task.Delay(1_000);
            foreach (var receiver in receivers)
            {
                var received = receiver.Received;
                Assert.Equal(Requests * ChangesPerRequest, received.Count);
                Assert.Equal(received.Count, received.Select(d => d.EventId).Distinct().Count());
                Assert.Equal(received.Select(d => d.Sequence).Order(), received.Select(d => d.Sequence));
                Assert.All(received, d => Assert.True(d.SignatureValid));
            }
        }
        finally
        {
            foreach (var receiver in receivers)
            {
                await receiver.DisposeAsync();
            }
        }
    }

    private sealed class SharedWebhookApiFactory(ITestDatabase database) : WebhookApiFactory(new SharedDatabase(database))
    {
        private sealed class SharedDatabase(ITestDatabase inner) : ITestDatabase
        {
            public DatabaseProvider Provider => inner.Provider;

            public string ConnectionString => inner.ConnectionString;

            public void Dispose()
            {
            }
        }
    }
}
