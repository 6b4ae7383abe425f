using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types.CodeFirst;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.GraphQL.Data.Tests;

public sealed class PerResolverQuery
{
    [UseProjection]
    public IQueryable<Customer> GetCustomers(DbContextPerResolver<ItsmContext> contexts) => contexts.Create().Customers.OrderBy(c => c.Id);

    public async Task<int> GetSlowCount(DbContextPerResolver<ItsmContext> contexts)
    {
        var db = contexts.Create();
        await Task.Delay(20);
        return await db.Customers.CountAsync();
    }
}

public sealed class DbContextPerResolverTests
{
    [Fact]
    public async Task ParallelRootFieldsEachGetAContextAndTheScopeDisposesThem()
    {
        var file = Path.Combine(Path.GetTempPath(), $"per-resolver-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<ItsmContext>().UseSqlite(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()).Options;
        try
        {
            await using (var setup = new ItsmContext(options))
            {
                await setup.Database.EnsureCreatedAsync();
                setup.Customers.AddRange(new Customer { Name = "Ada" }, new Customer { Name = "Grace" });
                await setup.SaveChangesAsync();
            }

            var created = new List<ItsmContext>();
            var contexts = new DbContextPerResolver<ItsmContext>(() => { var c = new ItsmContext(options); lock (created) created.Add(c); return c; });
            var schema = new CodeFirstSchemaBuilder().AddQueryType<PerResolverQuery>().AddService<DbContextPerResolver<ItsmContext>>().Build();
            var result = await new RequestExecutor(schema).ExecuteOperationAsync(new ExecutionRequest
            {
                Query = "{ a: slowCount b: customers { name } c: slowCount d: customers { name } }",
                Services = new SingleService(contexts),
            });

            Assert.Equal("{\"data\":{\"a\":2,\"b\":[{\"name\":\"Ada\"},{\"name\":\"Grace\"}],\"c\":2,\"d\":[{\"name\":\"Ada\"},{\"name\":\"Grace\"}]}}", result.ToJson());
            Assert.Equal(4, created.Distinct().Count());
            await contexts.DisposeAsync();
            Assert.Throws<ObjectDisposedException>(() => created[0].Customers.Count());
            Assert.Throws<ObjectDisposedException>(() => contexts.Create());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private sealed class SingleService(object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType.IsInstanceOfType(service) ? service : null;
    }
}
