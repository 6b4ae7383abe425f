using GraphApi.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Persistence;

/// <summary>
/// Fails when the model has changes that no migration covers, on each provider: add one for both with the commands in
/// README's "Add a migration". Needs no database (it compares the model with the migrations' model snapshot).
/// </summary>
public sealed class PendingModelChangesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=unused")]
    public void Every_model_change_has_a_migration(DatabaseProvider provider, string connectionString)
    {
        var options = (DbContextOptions<GraphApiDbContext>)new DbContextOptionsBuilder<GraphApiDbContext>().Use(provider, connectionString).Options;
        using var context = MigrationContexts.Create(provider, options);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(),
            $"The model has changes that no {provider} migration covers: run 'dotnet ef migrations add <Name> --project src/GraphApi --context {context.GetType().Name}' (README, \"Add a migration\"), for both providers.");
    }
}
