using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Tests.Language;

// Spec §3 Type System
public class TypeSystemParsingTests
{
    private static T Single<T>(string source) => Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    [Fact]
    public void Parses_schema_definitions_and_extensions()
    {
        var schema = Single<SchemaDefinitionNode>("\"d\" schema @a { query: Q mutation: M subscription: S }");
        Assert.Equal("d", schema.Description!.Value);
        Assert.Equal([OperationType.Query, OperationType.Mutation, OperationType.Subscription], schema.OperationTypes.Select(o => o.Operation));
        Assert.Equal("M", schema.OperationTypes[1].Type.Name.Value);
        Assert.Single(Single<SchemaExtensionNode>("extend schema @a").Directives);
        Assert.Single(Single<SchemaExtensionNode>("extend schema { query: Q }").OperationTypes);
    }

    [Fact]
    public void Parses_object_types_with_interfaces_arguments_and_descriptions()
    {
        var type = Single<ObjectTypeDefinitionNode>(""""
            """
            Type description
            """
            type Foo implements & Bar & Baz @key(fields: "id") {
              "field" f("arg" a: Int = 1 @x, b: [In!]!): String! @deprecated(reason: "old")
              g: Int
            }
            """");
        Assert.Equal("Type description", type.Description!.Value);
        Assert.True(type.Description.Block);
        Assert.Equal(["Bar", "Baz"], type.Interfaces.Select(i => i.Name.Value));
        var f = type.Fields[0];
        Assert.Equal("field", f.Description!.Value);
        Assert.Equal("arg", f.Arguments[0].Description!.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(f.Arguments[0].DefaultValue).Value);
        Assert.Equal("x", f.Arguments[0].Directives[0].Name.Value);
        Assert.IsType<NonNullTypeNode>(f.Type);
        Assert.Equal("deprecated", f.Directives[0].Name.Value);
    }

    [Fact]
    public void Parses_interfaces_implementing_interfaces()
    {
        var type = Single<InterfaceTypeDefinitionNode>("interface Node implements Entity & Named { id: ID! }");
        Assert.Equal(["Entity", "Named"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal(["A"], Single<InterfaceTypeExtensionNode>("extend interface I implements A").Interfaces.Select(i => i.Name.Value));
    }

    [Fact]
    public void Parses_definitions_without_bodies()
    {
        Assert.Empty(Single<ObjectTypeDefinitionNode>("type T").Fields);
        Assert.Empty(Single<InterfaceTypeDefinitionNode>("interface I").Fields);
        Assert.Empty(Single<UnionTypeDefinitionNode>("union U").Types);
        Assert.Empty(Single<EnumTypeDefinitionNode>("enum E").Values);
        Assert.Empty(Single<InputObjectTypeDefinitionNode>("input I").Fields);
    }

    [Fact]
    public void Parses_unions_enums_inputs_scalars_and_their_extensions()
    {
        Assert.Equal(["A", "B"], Single<UnionTypeDefinitionNode>("union U @d = | A | B").Types.Select(t => t.Name.Value));
        var enumType = Single<EnumTypeDefinitionNode>("enum E { \"desc\" A @d B }");
        Assert.Equal(["A", "B"], enumType.Values.Select(v => v.Name.Value));
        Assert.Equal("desc", enumType.Values[0].Description!.Value);
        var input = Single<InputObjectTypeDefinitionNode>("input In @oneOf { a: Int = 1, b: [In!] }");
        Assert.Equal("oneOf", input.Directives[0].Name.Value);
        Assert.Equal(["a", "b"], input.Fields.Select(f => f.Name.Value));
        Assert.Equal("specifiedBy", Single<ScalarTypeDefinitionNode>("scalar Date @specifiedBy(url: \"u\")").Directives[0].Name.Value);
        Assert.Single(Single<ScalarTypeExtensionNode>("extend scalar Date @d").Directives);
        Assert.Single(Single<ObjectTypeExtensionNode>("extend type T { f: Int }").Fields);
        Assert.Single(Single<UnionTypeExtensionNode>("extend union U = C").Types);
        Assert.Single(Single<EnumTypeExtensionNode>("extend enum E { C }").Values);
        Assert.Single(Single<InputObjectTypeExtensionNode>("extend input In { c: Int }").Fields);
    }

    [Fact]
    public void Parses_directive_definitions()
    {
        var directive = Single<DirectiveDefinitionNode>("\"d\" directive @key(fields: String!) repeatable on | OBJECT | INTERFACE");
        Assert.Equal(("d", "key", true), (directive.Description!.Value, directive.Name.Value, directive.Repeatable));
        Assert.Equal("fields", Assert.Single(directive.Arguments).Name.Value);
        Assert.Equal(["OBJECT", "INTERFACE"], directive.Locations.Select(l => l.Value));
        Assert.False(Single<DirectiveDefinitionNode>("directive @d on FIELD").Repeatable);
    }

    [Fact]
    public void Parses_the_schema_kitchen_sink()
    {
        var document = Parser.Parse(TestDocuments.SchemaKitchenSink);
        Assert.Equal(38, document.Definitions.Count);
        Assert.Equal(13, document.Definitions.OfType<ITypeSystemExtensionNode>().Count());
    }

    [Theory]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend directive @d on FIELD", "Syntax Error: Unexpected Name \"directive\".", 1, 8)]
    [InlineData("type T {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("type T implements { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 19)]
    [InlineData("union U = ", "Syntax Error: Expected Name, found <EOF>.", 1, 11)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on UNKNOWN", "Syntax Error: Unexpected Name \"UNKNOWN\".", 1, 17)]
    [InlineData("directive @d repeatable", "Syntax Error: Expected \"on\", found <EOF>.", 1, 24)]
    [InlineData("input I { a: Int = $v }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 20)]
    [InlineData("type T { f(a: Int = $v): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("\"d\" extend type T @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"d\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("schema { query: Q, other: O }", "Syntax Error: Unexpected Name \"other\".", 1, 20)]
    [InlineData("type T @d(a: $v) { f: Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 14)]
    public void Rejects_malformed_type_system_definitions(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }
}
