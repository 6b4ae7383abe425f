using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Data.Tests;

public sealed class DataLoaderTests
{
    private static Schema CreateSchema(Func<IReadOnlyList<int>, int> onBatch)
    {
        var customer = new ObjectType("Customer");
        customer.Fields.Add(new FieldDefinition("id", new NonNullType(BuiltInScalars.Int)));
        customer.Fields.Add(new FieldDefinition("score", new NonNullType(BuiltInScalars.Int))
        {
            Resolver = context => new ValueTask<object?>(context.DataLoaders()
                .GetBatchLoader<int, int>("score", async (keys, _) =>
                {
                    await Task.Delay(1);
                    onBatch(keys);
                    return keys.ToDictionary(k => k, k => k * 10);
                })
                .LoadAsync((int)context.Parent!).ContinueWith(t => (object?)t.Result, TaskScheduler.Default)),
        });
        customer.Fields.Add(new FieldDefinition("tags", new NonNullType(new ListType(new NonNullType(BuiltInScalars.String))))
        {
            Resolver = async context => await context.DataLoaders()
                .GetGroupLoader<int, string>("tags", (keys, _) =>
                {
                    onBatch(keys);
                    return Task.FromResult(keys.SelectMany(k => new[] { (k, "a" + k), (k, "b" + k) }).ToLookup(p => p.Item1, p => p.Item2));
                })
                .LoadAsync((int)context.Parent!),
        });
        var idField = customer.Fields.Find("id")!;
        idField.Resolver = context => new ValueTask<object?>(context.Parent);
        var query = new ObjectType("Query");
        query.Fields.Add(new FieldDefinition("customers", new NonNullType(new ListType(new NonNullType(customer))))
        {
            Resolver = _ => new ValueTask<object?>(Enumerable.Range(1, 100).ToList()),
        });
        return new Schema(query);
    }

    [Fact]
    public async Task HundredObjectsCostOneBatchPerLoader()
    {
        var batches = new List<int>();
        var schema = CreateSchema(keys => { lock (batches) batches.Add(keys.Count); return 0; });
        var scope = new DataLoaderScope();
        var result = await new RequestExecutor(schema).ExecuteOperationAsync(new ExecutionRequest
        {
            Query = "{ customers { id score tags } }",
            BatchDispatcher = scope,
            ContextData = scope.CreateContextData(),
        });
        var json = result.ToJson();
        Assert.DoesNotContain("errors", json, StringComparison.Ordinal);
        Assert.Contains("{\"id\":100,\"score\":1000,\"tags\":[\"a100\",\"b100\"]}", json, StringComparison.Ordinal);
        Assert.Equal([100, 100], batches);
    }
}
