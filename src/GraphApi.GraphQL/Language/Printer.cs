using System.Text;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// Prints syntax trees as GraphQL text, byte for byte as graphql-js 16 <c>print</c> does: two-space
/// indentation, blank lines between definitions, descriptions on their own line, block strings
/// by <see cref="BlockString.Print"/>, field arguments wrapped one per line past 80 columns.
/// The output parses back to an equal tree.
/// </summary>
public static class Printer
{
    // graphql-js wraps field arguments when the line would be longer than this.
    private const int MaxLineLength = 80;

    /// <summary>Prints any node.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return PrintNode(node);
    }

    /// <summary>Prints a value node (every <see cref="IValueNode"/> is a <see cref="SyntaxNode"/>).</summary>
    public static string PrintValue(IValueNode value) => Print((SyntaxNode)value);

    /// <summary>Prints a type reference (every <see cref="ITypeNode"/> is a <see cref="SyntaxNode"/>).</summary>
    public static string PrintType(ITypeNode type) => Print((SyntaxNode)type);

    /// <summary>Prints a string as a quoted GraphQL string, escaping as graphql-js <c>printString</c> does.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < '\u0020' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string PrintNode(SyntaxNode node) => node switch
    {
        NameNode name => name.Value,
        VariableNode variable => "$" + variable.Name.Value,
        DocumentNode document => Join(All(document.Definitions), "\n\n"),
        OperationDefinitionNode operation => PrintOperation(operation),
        VariableDefinitionNode definition => Join(
            [
                Wrap(string.Empty, PrintOrNull(definition.Description), "\n"),
                PrintNode(definition.Variable),
                ": ",
                PrintNode((SyntaxNode)definition.Type),
                Wrap(" = ", PrintOrNull(definition.DefaultValue)),
                Wrap(" ", Join(All(definition.Directives), " ")),
            ]),
        SelectionSetNode selectionSet => Block(All(selectionSet.Selections)),
        FieldNode field => PrintField(field),
        ArgumentNode argument => PrintNode(argument.Name) + ": " + PrintNode((SyntaxNode)argument.Value),
        FragmentSpreadNode spread => "..." + spread.Name.Value + Wrap(" ", Join(All(spread.Directives), " ")),
        InlineFragmentNode inline => Join(
            ["...", Wrap("on ", PrintOrNull(inline.TypeCondition)), Join(All(inline.Directives), " "), PrintNode(inline.SelectionSet)],
            " "),
        FragmentDefinitionNode fragment => Join(
            [
                Wrap(string.Empty, PrintOrNull(fragment.Description), "\n"),
                "fragment ",
                fragment.Name.Value,
                " on ",
                PrintNode(fragment.TypeCondition),
                " ",
                Wrap(string.Empty, Join(All(fragment.Directives), " "), " "),
                PrintNode(fragment.SelectionSet),
            ]),
        IntValueNode intValue => intValue.Value,
        FloatValueNode floatValue => floatValue.Value,
        StringValueNode stringValue => stringValue.Block ? BlockString.Print(stringValue.Value) : PrintString(stringValue.Value),
        BooleanValueNode booleanValue => booleanValue.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => "[" + Join(All(list.Values), ", ") + "]",
        ObjectValueNode obj => "{" + Join(All(obj.Fields), ", ") + "}",
        ObjectFieldNode objectField => objectField.Name.Value + ": " + PrintNode((SyntaxNode)objectField.Value),
        DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", Join(All(directive.Arguments), ", "), ")"),
        NamedTypeNode namedType => namedType.Name.Value,
        ListTypeNode listType => "[" + PrintNode((SyntaxNode)listType.Type) + "]",
        NonNullTypeNode nonNullType => PrintNode((SyntaxNode)nonNullType.Type) + "!",
        SchemaDefinitionNode schema => Join(
            [
                Wrap(string.Empty, PrintOrNull(schema.Description), "\n"),
                Join(["schema", Join(All(schema.Directives), " "), Block(All(schema.OperationTypes))], " "),
            ]),
        OperationTypeDefinitionNode operationType => OperationName(operationType.Operation) + ": " + PrintNode(operationType.Type),
        ScalarTypeDefinitionNode scalar => Described(scalar.Description, Join(["scalar", scalar.Name.Value, Join(All(scalar.Directives), " ")], " ")),
        ObjectTypeDefinitionNode objectType => Described(
            objectType.Description,
            Join(["type", objectType.Name.Value, Implements(objectType.Interfaces), Join(All(objectType.Directives), " "), Block(All(objectType.Fields))], " ")),
        FieldDefinitionNode fieldDefinition => Join(
            [
                Wrap(string.Empty, PrintOrNull(fieldDefinition.Description), "\n"),
                fieldDefinition.Name.Value,
                ArgumentDefinitions(fieldDefinition.Arguments),
                ": ",
                PrintNode((SyntaxNode)fieldDefinition.Type),
                Wrap(" ", Join(All(fieldDefinition.Directives), " ")),
            ]),
        InputValueDefinitionNode inputValue => Join(
            [
                Wrap(string.Empty, PrintOrNull(inputValue.Description), "\n"),
                inputValue.Name.Value,
                ": ",
                PrintNode((SyntaxNode)inputValue.Type),
                Wrap(" = ", PrintOrNull(inputValue.DefaultValue)),
                Wrap(" ", Join(All(inputValue.Directives), " ")),
            ]),
        InterfaceTypeDefinitionNode interfaceType => Described(
            interfaceType.Description,
            Join(["interface", interfaceType.Name.Value, Implements(interfaceType.Interfaces), Join(All(interfaceType.Directives), " "), Block(All(interfaceType.Fields))], " ")),
        UnionTypeDefinitionNode union => Described(
            union.Description,
            Join(["union", union.Name.Value, Join(All(union.Directives), " "), Wrap("= ", Join(All(union.Types), " | "))], " ")),
        EnumTypeDefinitionNode enumType => Described(
            enumType.Description,
            Join(["enum", enumType.Name.Value, Join(All(enumType.Directives), " "), Block(All(enumType.Values))], " ")),
        EnumValueDefinitionNode enumValueDefinition => Described(
            enumValueDefinition.Description,
            Join([enumValueDefinition.Name.Value, Join(All(enumValueDefinition.Directives), " ")], " ")),
        InputObjectTypeDefinitionNode inputType => Described(
            inputType.Description,
            Join(["input", inputType.Name.Value, Join(All(inputType.Directives), " "), Block(All(inputType.Fields))], " ")),
        DirectiveDefinitionNode directiveDefinition => Join(
            [
                Wrap(string.Empty, PrintOrNull(directiveDefinition.Description), "\n"),
                "directive @",
                directiveDefinition.Name.Value,
                ArgumentDefinitions(directiveDefinition.Arguments),
                directiveDefinition.Repeatable ? " repeatable" : string.Empty,
                " on ",
                Join(All(directiveDefinition.Locations), " | "),
            ]),
        SchemaExtensionNode schemaExtension => Join(
            ["extend schema", Join(All(schemaExtension.Directives), " "), Block(All(schemaExtension.OperationTypes))], " "),
        ScalarTypeExtensionNode scalarExtension => Join(
            ["extend scalar", scalarExtension.Name.Value, Join(All(scalarExtension.Directives), " ")], " "),
        ObjectTypeExtensionNode objectExtension => Join(
            ["extend type", objectExtension.Name.Value, Implements(objectExtension.Interfaces), Join(All(objectExtension.Directives), " "), Block(All(objectExtension.Fields))],
            " "),
        InterfaceTypeExtensionNode interfaceExtension => Join(
            ["extend interface", interfaceExtension.Name.Value, Implements(interfaceExtension.Interfaces), Join(All(interfaceExtension.Directives), " "), Block(All(interfaceExtension.Fields))],
            " "),
        UnionTypeExtensionNode unionExtension => Join(
            ["extend union", unionExtension.Name.Value, Join(All(unionExtension.Directives), " "), Wrap("= ", Join(All(unionExtension.Types), " | "))], " "),
        EnumTypeExtensionNode enumExtension => Join(
            ["extend enum", enumExtension.Name.Value, Join(All(enumExtension.Directives), " "), Block(All(enumExtension.Values))], " "),
        InputObjectTypeExtensionNode inputExtension => Join(
            ["extend input", inputExtension.Name.Value, Join(All(inputExtension.Directives), " "), Block(All(inputExtension.Fields))], " "),
        _ => throw new ArgumentException($"Unknown syntax node kind {node.Kind}.", nameof(node)),
    };

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var variableDefinitions = All(operation.VariableDefinitions);
        var variables = HasMultilineItems(variableDefinitions)
            ? Wrap("(\n", Join(variableDefinitions, "\n"), "\n)")
            : Wrap("(", Join(variableDefinitions, ", "), ")");
        var operationName = OperationName(operation.Operation);
        var prefix = Join(
            [
                Wrap(string.Empty, PrintOrNull(operation.Description), "\n"),
                Join([operationName, Join([operation.Name?.Value ?? string.Empty, variables]), Join(All(operation.Directives), " ")], " "),
            ]);

        // Anonymous queries with no directives or variable definitions use the query shorthand.
        var selectionSet = PrintNode(operation.SelectionSet);
        return operation.Operation == OperationType.Query && prefix.Length == operationName.Length
            ? selectionSet
            : prefix + " " + selectionSet;
    }

    private static string PrintField(FieldNode field)
    {
        var prefix = Wrap(string.Empty, field.Alias?.Value, ": ") + field.Name.Value;
        var line = prefix;
        if (field.Arguments.Count > 0)
        {
            var arguments = All(field.Arguments);
            line += prefix.Length + JoinedLength(arguments, ", ") + 2 > MaxLineLength
                ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
                : Wrap("(", Join(arguments, ", "), ")");
        }

        return line + Wrap(" ", Join(All(field.Directives), " ")) + Wrap(" ", PrintOrNull(field.SelectionSet));
    }

    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = All(arguments);
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string Implements(IReadOnlyList<NamedTypeNode> interfaces) =>
        Wrap("implements ", Join(All(interfaces), " & "));

    private static string Described(StringValueNode? description, string definition) =>
        Join([Wrap(string.Empty, PrintOrNull(description), "\n"), definition]);

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string? PrintOrNull(object? node) => node is null ? null : PrintNode((SyntaxNode)node);

    private static string[] All<T>(IReadOnlyList<T> nodes)
    {
        var printed = new string[nodes.Count];
        for (var i = 0; i < printed.Length; i++)
        {
            printed[i] = PrintNode((SyntaxNode)(object)nodes[i]!);
        }

        return printed;
    }

    // Joins the non-empty parts.
    private static string Join(ReadOnlySpan<string> parts, string separator = "")
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    private static int JoinedLength(string[] parts, string separator)
    {
        var length = 0;
        foreach (var part in parts)
        {
            if (part.Length != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + part.Length;
            }
        }

        return length;
    }

    private static string Block(string[] items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    // start + text + end when text is not empty, else nothing.
    private static string Wrap(string start, string? text, string end = "") =>
        string.IsNullOrEmpty(text) ? string.Empty : start + text + end;

    private static string Indent(string text) =>
        text.Length == 0 ? string.Empty : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static bool HasMultilineItems(string[] items)
    {
        foreach (var item in items)
        {
            if (item.Contains('\n'))
            {
                return true;
            }
        }

        return false;
    }
}
