using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Tests.Language;

// The printer matches graphql-js 16 print byte for byte; expected texts come from graphql-js 16.15.
public class PrinterTests
{
    [Fact]
    public void Prints_the_kitchen_sink_like_graphql_js() =>
        Assert.Equal(TestDocuments.KitchenSinkPrinted, Printer.Print(Parser.Parse(TestDocuments.KitchenSink)));

    [Fact]
    public void Prints_the_schema_kitchen_sink_like_graphql_js() =>
        Assert.Equal(TestDocuments.SchemaKitchenSinkPrinted, Printer.Print(Parser.Parse(TestDocuments.SchemaKitchenSink)));

    [Theory]
    [InlineData("{ a }", "{\n  a\n}")]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("{ a(s: \"q\\\"\\u0007\\u007f\u00e9\\n\") }", "{\n  a(s: \"q\\\"\\u0007\\u007F\u00e9\\n\")\n}")]
    [InlineData("{ a(o: { x: [ 1 , 2 ] } ) }", "{\n  a(o: {x: [1, 2]})\n}")]
    [InlineData("{ ... on T @d { a } ... @d { b } ...F @d }", "{\n  ... on T @d {\n    a\n  }\n  ... @d {\n    b\n  }\n  ...F @d\n}")]
    [InlineData("type T { f(\"d\" a: Int): Int }", "type T {\n  f(\n    \"d\"\n    a: Int\n  ): Int\n}")]
    [InlineData("directive @d(\"x\" a: Int) on FIELD", "directive @d(\n  \"x\"\n  a: Int\n) on FIELD")]
    [InlineData("union U = A | B extend union U @d", "union U = A | B\n\nextend union U @d")]
    [InlineData("schema { query: Q } extend schema @d { mutation: M }", "schema {\n  query: Q\n}\n\nextend schema @d {\n  mutation: M\n}")]
    [InlineData("\"d\" query Q(\"v\" $a: Int) { a }", "\"d\"\nquery Q(\n\"v\"\n$a: Int\n) {\n  a\n}")]
    public void Prints_like_graphql_js(string source, string printed) =>
        Assert.Equal(printed, Printer.Print(Parser.Parse(source)));

    [Fact]
    public void Wraps_field_arguments_past_eighty_columns()
    {
        var exactly80 = "{\n  f(argumentOne: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", argumentTwo: \"bbbbbbbbbbbbbbbb\")\n}";
        Assert.Equal(80, exactly80.Split('\n')[1].Length - 2);
        Assert.Equal(exactly80, Printer.Print(Parser.Parse(exactly80)));

        var longer = "{ f(argumentOne: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", argumentTwo: \"bbbbbbbbbbbbbbbb\") }";
        Assert.Equal(
            "{\n  f(\n    argumentOne: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n    argumentTwo: \"bbbbbbbbbbbbbbbb\"\n  )\n}",
            Printer.Print(Parser.Parse(longer)));
    }

    [Fact]
    public void Prints_values_and_types_on_their_own()
    {
        Assert.Equal("{a: [1, 2.5, \"s\", true, null, E, $v]}", Printer.PrintValue(Parser.ParseValue("{a: [1 2.5 \"s\" true null E $v]}")));
        Assert.Equal("[Int!]!", Printer.PrintType(Parser.ParseType("[ Int ! ] !")));
        Assert.Equal("\"\\\\ \\\" \\u001F\"", Printer.PrintString("\\ \" \u001f"));
    }

    [Fact]
    public void Prints_trees_built_in_code()
    {
        var field = new FieldNode
        {
            Name = new NameNode { Value = "hello" },
            Arguments = [new ArgumentNode { Name = new NameNode { Value = "to" }, Value = new StringValueNode { Value = "world" } }],
            Directives = [],
        };
        Assert.Equal("hello(to: \"world\")", Printer.Print(field));
    }

    [Theory]
    [InlineData("KitchenSink")]
    [InlineData("SchemaKitchenSink")]
    [InlineData("IntrospectionQuery")]
    public void Printed_documents_parse_back_to_an_equal_tree(string name)
    {
        var source = name switch
        {
            "KitchenSink" => TestDocuments.KitchenSink,
            "SchemaKitchenSink" => TestDocuments.SchemaKitchenSink,
            _ => TestDocuments.IntrospectionQuery,
        };
        var document = Parser.Parse(source);
        var printed = Printer.Print(document);
        SyntaxTreeComparer.AssertEqual(document, Parser.Parse(printed));
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }

    [Fact]
    public void Tree_comparer_notices_differences()
    {
        var difference = SyntaxTreeComparer.FindDifference(Parser.Parse("{ a(x: 1) }"), Parser.Parse("{ a(x: 2) }"));
        Assert.Equal("$.Definitions[0].SelectionSet.Selections[0].Arguments[0].Value.Value: '1' != '2'", difference);
    }
}
