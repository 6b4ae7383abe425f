using System.Collections;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types;

/// <summary>
/// Prints an input value's default as graphql-js does (<c>print(astFromValue(defaultValue, type))</c>):
/// the literal is coerced to its type, then written back, so <c>[Int] = 1</c> prints as <c>[1]</c>.
/// </summary>
public static class DefaultValues
{
    /// <summary>The default value in GraphQL syntax, or null when the input value has none.</summary>
    public static string? Print(InputValueDefinition input)
    {
        if (input.DefaultValue is not { } literal)
        {
            return null;
        }

        try
        {
            var value = InputCoercion.CoerceLiteral(literal, input.Type);
            return LiteralOf(value, input.Type) is { } normalized ? Printer.PrintValue(normalized) : null;
        }
        catch (GraphQLException)
        {
            return Printer.PrintValue(literal);
        }
    }

    // graphql-js utilities/astFromValue
    private static IValueNode? LiteralOf(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            return value is null ? null : LiteralOf(value, nonNull.OfType);
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string)
                {
                    var literals = new List<IValueNode>();
                    foreach (var item in items)
                    {
                        if (LiteralOf(item, list.OfType) is { } itemLiteral)
                        {
                            literals.Add(itemLiteral);
                        }
                    }

                    return new ListValueNode { Values = literals };
                }

                return LiteralOf(value, list.OfType);
            case InputObjectType input when value is IReadOnlyDictionary<string, object?> fields:
                var fieldLiterals = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (fields.TryGetValue(field.Name, out var fieldValue) && LiteralOf(fieldValue, field.Type) is { } fieldLiteral)
                    {
                        fieldLiterals.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = fieldLiteral });
                    }
                }

                return new ObjectValueNode { Fields = fieldLiterals };
            case EnumType enumType:
                return enumType.FindByRuntimeValue(value) is { } enumValue ? new EnumValueNode { Value = enumValue.Name } : null;
            case ScalarType scalar:
                return scalar.ValueToLiteral(value);
            default:
                return null;
        }
    }
}
