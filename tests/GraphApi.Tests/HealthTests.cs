using System.Net;
using GraphApi.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests;

public sealed class HealthTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    [Fact]
    public async Task Ready_answers_200_once_the_host_serves()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Start_up_migrates_the_configured_database()
    {
        using var client = factory.CreateClient();

        await using var context = factory.Database.CreateContext();
        await using var migrations = MigrationContexts.For(context);
        Assert.NotEmpty(await migrations.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await migrations.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await context.Requests.CountAsync());
    }
}
