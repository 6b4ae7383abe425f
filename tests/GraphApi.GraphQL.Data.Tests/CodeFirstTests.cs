using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.GraphQL.Data.Tests;

public sealed class CodeFirstQuery
{
    internal static Func<ItsmContext>? Db { get; set; }

    [UsePaging(MaxPageSize = 50)]
    [UseProjection]
    [UseFiltering(Ignore = ["email"])]
    [UseSorting]
    public IQueryable<Customer> GetCustomers() => Db!().Customers;

    [UsePaging]
    [UseProjection]
    public IQueryable<Request> GetRequests() => Db!().Requests.OrderBy(r => r.Id);
}

public sealed class CodeFirstTests
{
    [Fact]
    public async Task AttributesAddPagingFilteringSortingAndProjection()
    {
        using var db = new TestDatabase(3);
        var contexts = new List<ItsmContext>();
        CodeFirstQuery.Db = () => { var c = db.CreateContext(); lock (contexts) contexts.Add(c); return c; };
        var schema = new CodeFirstSchemaBuilder().AddQueryType<CodeFirstQuery>().Build();
        var sdl = SchemaPrinter.Print(schema);
        foreach (var part in new[] { "first: Int", "after: String", "last: Int", "before: String", "where: CustomerFilterInput", "order: [CustomerSortInput!]", "): CustomersConnection!" })
        {
            Assert.Contains(part, sdl, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("email: StringOperationFilterInput", sdl, StringComparison.Ordinal);
        var result = await new RequestExecutor(schema).ExecuteOperationAsync(new ExecutionRequest
        {
            Query = "{ customers(first: 2, where: { name: { startsWith: \"Customer\" } }, order: [{ name: DESC }]) { nodes { name } totalCount } }",
        });
        contexts.ForEach(c => c.Dispose());
        Assert.Equal("{\"data\":{\"customers\":{\"nodes\":[{\"name\":\"Customer 3\"},{\"name\":\"Customer 2\"}],\"totalCount\":3}}}", result.ToJson());
        Assert.DoesNotContain("\"Email\"", db.Recorder.Statements[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttributesOnCollectionPropertiesTranslateIntoTheProjection()
    {
        using var db = new TestDatabase(3, interactions: 4, expectations: 3);
        var contexts = new List<ItsmContext>();
        CodeFirstQuery.Db = () => { var c = db.CreateContext(); lock (contexts) contexts.Add(c); return c; };
        var schema = new CodeFirstSchemaBuilder().AddQueryType<CodeFirstQuery>().Build();
        var sdl = SchemaPrinter.Print(schema);
        Assert.Contains("interactions(where: InteractionFilterInput, order: [InteractionSortInput!], first: Int, after: String, last: Int, before: String): RequestInteractionsConnection!", sdl, StringComparison.Ordinal);
        Assert.Contains("expectations(where: ExpectationFilterInput, order: [ExpectationSortInput!]): [Expectation!]!", sdl, StringComparison.Ordinal);
        db.Recorder.Statements.Clear();
        var query = "{ requests(first: 2) { nodes { id interactions(order: [{ occurredAt: DESC }], first: 2) { nodes { notes } totalCount } expectations(where: { status: { in: [MET, MISSED] } }) { commitment } } } }";
        var result = await new RequestExecutor(schema).ExecuteOperationAsync(new ExecutionRequest { Query = query });
        contexts.ForEach(c => c.Dispose());
        Assert.Equal(
            "{\"data\":{\"requests\":{\"nodes\":[{\"id\":1,\"interactions\":{\"nodes\":[{\"notes\":\"n1b\"},{\"notes\":\"n1c\"}],\"totalCount\":4},\"expectations\":[{\"commitment\":\"e1.1\"},{\"commitment\":\"e1.2\"}]},"
            + "{\"id\":2,\"interactions\":{\"nodes\":[{\"notes\":\"n2b\"},{\"notes\":\"n2c\"}],\"totalCount\":4},\"expectations\":[{\"commitment\":\"e2\"},{\"commitment\":\"e2.1\"}]}]}}}",
            result.ToJson());
        Assert.Single(db.Recorder.Statements);
    }
}
