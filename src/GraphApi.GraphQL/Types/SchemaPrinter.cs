using System.Text;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL, equal to graphql-js 16 <c>printSchema</c>: no built-in scalars, specified
/// directives or introspection types; a schema definition only when the roots are not named
/// Query/Mutation/Subscription or the schema has a description.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>The schema's SDL.</summary>
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        foreach (var directive in schema.Directives)
        {
            if (!SpecifiedDirectives.IsSpecified(directive))
            {
                parts.Add(PrintDirective(directive));
            }
        }

        foreach (var type in schema.Types.Values)
        {
            if (!type.IsBuiltIn)
            {
                parts.Add(PrintType(type));
            }
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>One named type's SDL.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar),
        ObjectType objectType => Description(objectType.Description) + "type " + objectType.Name + Implements(objectType.Interfaces) + Fields(objectType.Fields),
        InterfaceType contract => Description(contract.Description) + "interface " + contract.Name + Implements(contract.Interfaces) + Fields(contract.Fields),
        UnionType union => Description(union.Description) + "union " + union.Name + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values.Select((value, i) =>
            Description(value.Description, "  ", i == 0) + "  " + value.Name + Deprecated(value.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty) + Block(input.Fields.Select((field, i) =>
            Description(field.Description, "  ", i == 0) + "  " + InputValue(field))),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown kind of type."),
    };

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var commonNames = schema.QueryType.Name == "Query"
            && schema.MutationType is null or { Name: "Mutation" }
            && schema.SubscriptionType is null or { Name: "Subscription" };
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var operations = new StringBuilder();
        operations.Append("  query: ").Append(schema.QueryType.Name);
        if (schema.MutationType is { } mutation)
        {
            operations.Append("\n  mutation: ").Append(mutation.Name);
        }

        if (schema.SubscriptionType is { } subscription)
        {
            operations.Append("\n  subscription: ").Append(subscription.Name);
        }

        return Description(schema.Description) + "schema {\n" + operations + "\n}";
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(LocationName));

    private static string Fields(FieldCollection fields) => Block(fields.Select((field, i) =>
        Description(field.Description, "  ", i == 0) + "  " + field.Name + Arguments(field.Arguments, "  ") + ": " + field.Type + Deprecated(field.DeprecationReason)));

    private static string Arguments(InputValueCollection arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(argument => argument.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((argument, i) =>
            Description(argument.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(argument))) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition input)
    {
        var declaration = input.Name + ": " + input.Type;
        if (DefaultValues.Print(input) is { } defaultValue)
        {
            declaration += " = " + defaultValue;
        }

        return declaration + Deprecated(input.DeprecationReason);
    }

    private static string Implements(List<InterfaceType> interfaces) =>
        interfaces.Count > 0 ? " implements " + string.Join(" & ", interfaces.Select(i => i.Name)) : string.Empty;

    private static string Block(IEnumerable<string> items)
    {
        var lines = items.ToList();
        return lines.Count > 0 ? " {\n" + string.Join("\n", lines) + "\n}" : string.Empty;
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.PrintString(reason) + ")",
    };

    private static string SpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is { } url ? " @specifiedBy(url: " + Printer.PrintString(url) + ")" : string.Empty;

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var printed = BlockString.IsPrintableAsBlockString(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    /// <summary>A directive location as SDL writes it: <c>FIELD_DEFINITION</c>.</summary>
    public static string LocationName(DirectiveLocation location) => Types.CodeFirst.NameConventions.UpperSnakeCase(location.ToString());
}
