using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Tests.Language;

// Spec §2.3 Operations, §2.4–§2.12
public class ExecutableParsingTests
{
    [Fact]
    public void Parses_the_query_shorthand()
    {
        var document = Parser.Parse("{ me { name } }");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        var me = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("me", me.Name.Value);
        Assert.Equal("name", Assert.IsType<FieldNode>(Assert.Single(me.SelectionSet!.Selections)).Name.Value);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation M { a }", OperationType.Mutation)]
    [InlineData("subscription S { a }", OperationType.Subscription)]
    public void Parses_named_operations(string source, OperationType operationType)
    {
        var operation = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];
        Assert.Equal(operationType, operation.Operation);
        Assert.Equal(source.Split(' ')[1], operation.Name!.Value);
    }

    [Fact]
    public void Parses_variable_definitions_with_defaults_and_directives()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("query Q($a: Int = 1 @d, $b: [String!]!) { f(a: $a) }").Definitions[0];
        Assert.Equal(2, operation.VariableDefinitions.Count);
        var a = operation.VariableDefinitions[0];
        Assert.Equal("a", a.Variable.Name.Value);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(a.Type).Name.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(a.DefaultValue).Value);
        Assert.Equal("d", Assert.Single(a.Directives).Name.Value);
        var b = Assert.IsType<NonNullTypeNode>(operation.VariableDefinitions[1].Type);
        var list = Assert.IsType<ListTypeNode>(b.Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        var argument = Assert.Single(((FieldNode)operation.SelectionSet.Selections[0]).Arguments);
        Assert.Equal("a", Assert.IsType<VariableNode>(argument.Value).Name.Value);
    }

    [Fact]
    public void Parses_aliases_arguments_directives_and_fragments()
    {
        var document = Parser.Parse(""""
            query Q {
              alias: field(a: 1, b: "x") @include(if: true) { ...F ... on T { c } ... @skip(if: false) { d } }
            }
            fragment F on T @dir { e }
            """");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("alias", field.Alias!.Value);
        Assert.Equal("field", field.Name.Value);
        Assert.Equal("alias", field.ResponseKey);
        Assert.Equal(["a", "b"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("include", Assert.Single(field.Directives).Name.Value);
        var selections = field.SelectionSet!.Selections;
        Assert.Equal("F", Assert.IsType<FragmentSpreadNode>(selections[0]).Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value);
        var untyped = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(untyped.TypeCondition);
        Assert.Equal("skip", Assert.Single(untyped.Directives).Name.Value);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("F", "T", "dir"), (fragment.Name.Value, fragment.TypeCondition.Name.Value, fragment.Directives[0].Name.Value));
    }

    [Fact]
    public void Parses_every_kind_of_value()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue(
            """"{i: -12, f: 1.5e-3, s: "str", b: true, n: null, e: RED, l: [1, [2]], o: {x: $v}, bs: """block"""}""""));
        var fields = value.Fields.ToDictionary(f => f.Name.Value, f => f.Value);
        Assert.Equal("-12", Assert.IsType<IntValueNode>(fields["i"]).Value);
        Assert.Equal("1.5e-3", Assert.IsType<FloatValueNode>(fields["f"]).Value);
        Assert.Equal("str", Assert.IsType<StringValueNode>(fields["s"]).Value);
        Assert.True(Assert.IsType<BooleanValueNode>(fields["b"]).Value);
        Assert.IsType<NullValueNode>(fields["n"]);
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(fields["e"]).Value);
        Assert.Equal(2, Assert.IsType<ListValueNode>(fields["l"]).Values.Count);
        Assert.IsType<VariableNode>(Assert.Single(Assert.IsType<ObjectValueNode>(fields["o"]).Fields).Value);
        Assert.True(Assert.IsType<StringValueNode>(fields["bs"]).Block);
    }

    [Fact]
    public void Keywords_are_ordinary_names_where_a_name_is_expected()
    {
        var document = Parser.Parse(""""
            query query($query: query = query) { query: query(query: query) { fragment on mutation subscription true } }
            fragment fragment on on { on }
            """");
        Assert.Equal(2, document.Definitions.Count);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        var selections = ((FieldNode)operation.SelectionSet.Selections[0]).SelectionSet!.Selections;
        Assert.Equal(["fragment", "on", "mutation", "subscription", "true"], selections.Select(s => ((FieldNode)s).Name.Value));
    }

    [Fact]
    public void Accepts_descriptions_on_operations_fragments_and_variables_as_graphql_js_16_15_does()
    {
        var document = Parser.Parse(""""
            "op" query Q("var" $a: Int) { a }
            """frag""" fragment F on T { a }
            """");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("op", operation.Description!.Value);
        Assert.Equal("var", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal("frag", ((FragmentDefinitionNode)document.Definitions[1]).Description!.Value);
    }

    [Fact]
    public void Parses_the_introspection_query_and_the_kitchen_sink()
    {
        var introspection = Parser.Parse(TestDocuments.IntrospectionQuery);
        Assert.Equal(["IntrospectionQuery", "FullType", "InputValue", "TypeRef"], introspection.Definitions.Select(d => ((INamedSyntaxNode?)(d as FragmentDefinitionNode))?.Name.Value ?? ((OperationDefinitionNode)d).Name!.Value));
        Assert.Equal(6, Parser.Parse(TestDocuments.KitchenSink).Definitions.Count);
    }

    [Fact]
    public void Parses_standalone_values_and_types()
    {
        Assert.IsType<VariableNode>(Parser.ParseValue("$var"));
        Assert.Equal("Syntax Error: Unexpected variable \"$var\" in constant value.", Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("$var")).Message);
        Assert.Equal("Syntax Error: Expected <EOF>, found Int \"2\".", Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("1 2")).Message);
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[Int]!]!"));
        Assert.Equal("[[Int]!]!", Printer.PrintType(type));
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("[")).Message);
    }
}
