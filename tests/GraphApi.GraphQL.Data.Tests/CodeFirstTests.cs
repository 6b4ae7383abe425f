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
}
