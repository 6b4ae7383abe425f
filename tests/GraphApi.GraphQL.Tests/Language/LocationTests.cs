using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Tests.Language;

// Every node carries its start/end offsets and the line and column of its first character.
public class LocationTests
{
    [Fact]
    public void Nodes_span_from_their_first_to_their_last_token()
    {
        const string source = "query Q {\n  alias: field(arg: [1, 2]) @dir\n}";
        var document = Parser.Parse(source);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal(new Location(0, source.Length, 1, 1), operation.Location);
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal("alias: field(arg: [1, 2]) @dir", source[field.Location.Start..field.Location.End]);
        Assert.Equal((2, 3), (field.Location.Line, field.Location.Column));
        var list = (ListValueNode)field.Arguments[0].Value;
        Assert.Equal("[1, 2]", source[list.Location.Start..list.Location.End]);
        Assert.Equal((2, 21), (list.Location.Line, list.Location.Column));
        Assert.Equal((2, 29), (field.Directives[0].Location.Line, field.Directives[0].Location.Column));
        Assert.Equal(new Location(8, source.Length, 1, 9), operation.SelectionSet.Location);
    }

    [Fact]
    public void Lines_count_every_kind_of_line_terminator()
    {
        const string source = "{\r\n a\r b\n c \"\"\"x\ny\r\nz\"\"\" d }";
        var document = Parser.Parse(source.Replace(" \"\"\"x\ny\r\nz\"\"\"", string.Empty, StringComparison.Ordinal));
        var fields = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        Assert.Equal([(2, 2), (3, 2), (4, 2), (4, 4)], fields.Select(f => (f.Location.Line, f.Location.Column)));

        var value = (ObjectValueNode)Parser.ParseValue("{a: \"\"\"x\ny\r\nz\"\"\" b: 1}");
        Assert.Equal((3, 6), (value.Fields[1].Location.Line, value.Fields[1].Location.Column));
    }

    [Fact]
    public void Type_references_start_at_their_first_bracket()
    {
        const string source = "query ($v: [Int!]!) { a }";
        var type = (NonNullTypeNode)((OperationDefinitionNode)Parser.Parse(source).Definitions[0]).VariableDefinitions[0].Type;
        Assert.Equal("[Int!]!", source[type.Location.Start..type.Location.End]);
        Assert.Equal("[Int!]", source[type.Type.Location.Start..type.Type.Location.End]);
    }

    [Fact]
    public void Descriptions_belong_to_the_definition_they_describe()
    {
        const string source = "\"desc\"\ntype T { f: Int }";
        var type = (ObjectTypeDefinitionNode)Parser.Parse(source).Definitions[0];
        Assert.Equal(new Location(0, source.Length, 1, 1), type.Location);
        Assert.Equal(new Location(0, 6, 1, 1), type.Description!.Location);
        Assert.Equal((2, 6), (type.Name.Location.Line, type.Name.Location.Column));
    }
}
