using System.Collections;
using System.Text;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Scalars;
using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Execution;

// Spec §3.10 Input Coercion, §6.1.2 Coercing Variable Values, §6.4.1 Coercing Field Arguments
/// <summary>
/// Turns variable values (JSON-shaped) and literals into the runtime values resolvers receive, with
/// graphql-js's error messages. Input objects become dictionaries, or the CLR object their type's
/// <see cref="InputObjectType.CreateRuntimeValue"/> builds.
/// </summary>
public static class InputCoercion
{
    /// <summary>Stands for "no valid value" while coercing a literal (graphql-js's <c>undefined</c>).</summary>
    private static readonly object Invalid = new();

    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    /// <summary>Coerces an operation's variables; errors name the variable and the path inside its value.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceVariableValues(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(GraphQLError.At($"Variable \"${name}\" expected value of type \"{Printer.PrintType(definition.Type)}\" which cannot be used as an input type.", ErrorCodes.InvalidVariable, definition.Type as SyntaxNode));
                continue;
            }

            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[name] = ValueFromLiteral(definition.DefaultValue, type, null);
                }
                else if (type is NonNullType)
                {
                    errors.Add(GraphQLError.At($"Variable \"${name}\" of required type \"{type}\" was not provided.", ErrorCodes.InvalidVariable, definition));
                }

                continue;
            }

            if (value is null && type is NonNullType)
            {
                errors.Add(GraphQLError.At($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", ErrorCodes.InvalidVariable, definition));
                continue;
            }

            var failed = false;
            var result = CoerceInputValue(value, type, (path, invalid, message) =>
            {
                failed = true;
                var prefix = $"Variable \"${name}\" got invalid value {ValueInspector.Inspect(invalid)}";
                if (path.Count > 0)
                {
                    prefix += $" at \"{name}{PrintPath(path)}\"";
                }

                errors.Add(GraphQLError.At($"{prefix}; {message}", ErrorCodes.InvalidVariable, definition));
            });
            if (!failed)
            {
                coerced[name] = result;
            }
        }

        return coerced;
    }

    /// <summary>Coerces a field's or directive's arguments from their literals and the variables (spec's CoerceArgumentValues).</summary>
    /// <exception cref="GraphQLException">When a value is missing or invalid, located at the offending node.</exception>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        InputValueCollection definitions,
        IReadOnlyList<ArgumentNode> arguments,
        SyntaxNode node,
        IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0)
        {
            return NoArguments;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argument = null;
            foreach (var candidate in arguments)
            {
                if (candidate.Name.Value == name)
                {
                    argument = candidate;
                    break;
                }
            }

            if (argument is null)
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[name] = ValueFromLiteral(definition.DefaultValue, type, null);
                }
                else if (type is NonNullType)
                {
                    throw new GraphQLException(GraphQLError.At($"Argument \"{name}\" of required type \"{type}\" was not provided.", ErrorCodes.InvalidArgument, node));
                }

                continue;
            }

            var valueNode = argument.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (!variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.DefaultValue is not null)
                    {
                        coerced[name] = ValueFromLiteral(definition.DefaultValue, type, null);
                    }
                    else if (type is NonNullType)
                    {
                        throw new GraphQLException(GraphQLError.At($"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.", ErrorCodes.InvalidArgument, valueNode as SyntaxNode));
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
            {
                throw new GraphQLException(GraphQLError.At($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", ErrorCodes.InvalidArgument, valueNode as SyntaxNode));
            }

            var value = ValueFromLiteral(valueNode, type, variables);
            if (ReferenceEquals(value, Invalid))
            {
                throw new GraphQLException(GraphQLError.At($"Argument \"{name}\" has invalid value {Printer.PrintValue(valueNode)}.", ErrorCodes.InvalidArgument, valueNode as SyntaxNode));
            }

            coerced[name] = value;
        }

        return coerced;
    }

    /// <summary>
    /// The runtime value of a literal for a type (graphql-js valueFromAST), variables substituted; throws
    /// <see cref="GraphQLException"/> when the literal is not valid for the type.
    /// </summary>
    public static object? CoerceLiteral(IValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var value = ValueFromLiteral(literal, type, variables);
        return ReferenceEquals(value, Invalid)
            ? throw new GraphQLException(GraphQLError.At($"Value {Printer.PrintValue(literal)} is not a valid \"{type}\".", ErrorCodes.InvalidArgument, literal as SyntaxNode))
            : value;
    }

    /// <summary>The named schema type a type reference denotes, wrapped as written; null when a name is unknown.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, ITypeNode node) => node switch
    {
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    private static object? ValueFromLiteral(IValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var value))
            {
                return Invalid;
            }

            return value is null && type is NonNullType ? Invalid : value;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return node is NullValueNode ? Invalid : ValueFromLiteral(node, nonNull.OfType, variables);
            case var _ when node is NullValueNode:
                return null;
            case ListType list:
                return ListFromLiteral(node, list.OfType, variables);
            case InputObjectType input:
                return InputObjectFromLiteral(node, input, variables);
            case EnumType enumType:
                return node is EnumValueNode enumValue && enumType.Find(enumValue.Value) is { } definition ? definition.Value : Invalid;
            case ScalarType scalar:
                try
                {
                    return scalar.ParseLiteral(node);
                }
                catch (GraphQLException)
                {
                    return Invalid;
                }

            default:
                return Invalid;
        }
    }

    private static object? ListFromLiteral(IValueNode node, GraphQLType itemType, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ListValueNode list)
        {
            var single = ValueFromLiteral(node, itemType, variables);
            return ReferenceEquals(single, Invalid) ? Invalid : new[] { single };
        }

        var items = new object?[list.Values.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var itemNode = list.Values[i];
            if (IsMissingVariable(itemNode, variables))
            {
                if (itemType is NonNullType)
                {
                    return Invalid;
                }

                continue;
            }

            var item = ValueFromLiteral(itemNode, itemType, variables);
            if (ReferenceEquals(item, Invalid))
            {
                return Invalid;
            }

            items[i] = item;
        }

        return items;
    }

    private static object? InputObjectFromLiteral(IValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ObjectValueNode objectValue)
        {
            return Invalid;
        }

        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            ObjectFieldNode? fieldNode = null;
            foreach (var candidate in objectValue.Fields)
            {
                if (candidate.Name.Value == field.Name)
                {
                    fieldNode = candidate;
                    break;
                }
            }

            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.DefaultValue is not null)
                {
                    coerced[field.Name] = ValueFromLiteral(field.DefaultValue, field.Type, null);
                }
                else if (field.Type is NonNullType)
                {
                    return Invalid;
                }

                continue;
            }

            var value = ValueFromLiteral(fieldNode.Value, field.Type, variables);
            if (ReferenceEquals(value, Invalid))
            {
                return Invalid;
            }

            coerced[field.Name] = value;
        }

        if (type.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null))
        {
            return Invalid;
        }

        return Complete(type, coerced);
    }

    private static bool IsMissingVariable(IValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private delegate void CoercionErrorHandler(IReadOnlyList<object> path, object? invalidValue, string message);

    private static object? CoerceInputValue(object? value, GraphQLType type, CoercionErrorHandler onError) =>
        CoerceInputValue(value, type, onError, []);

    private static object? CoerceInputValue(object? value, GraphQLType type, CoercionErrorHandler onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return CoerceInputValue(value, nonNull.OfType, onError, path);
            }

            onError(path, value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?>)
                {
                    var coerced = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index);
                        coerced.Add(CoerceInputValue(item, list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                        index++;
                    }

                    return coerced.ToArray();
                }

                return new[] { CoerceInputValue(value, list.OfType, onError, path) };

            case InputObjectType input:
                return CoerceInputObject(value, input, onError, path);

            case EnumType enumType:
                return CoerceEnum(value, enumType, onError, path);

            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (GraphQLException exception)
                {
                    onError(path, value, exception.Message);
                    return null;
                }

            default:
                onError(path, value, $"Expected type \"{type}\".");
                return null;
        }
    }

    private static object? CoerceInputObject(object value, InputObjectType type, CoercionErrorHandler onError, List<object> path)
    {
        if (value is not IReadOnlyDictionary<string, object?> fields)
        {
            onError(path, value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is not null)
                {
                    coerced[field.Name] = ValueFromLiteral(field.DefaultValue, field.Type, null);
                }
                else if (field.Type is NonNullType)
                {
                    onError(path, value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = CoerceInputValue(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var name in fields.Keys)
        {
            if (type.Fields.Find(name) is null)
            {
                var suggestions = Suggestions.List(name, type.Fields.Select(f => f.Name));
                onError(path, value, $"Field \"{name}\" is not defined by type \"{type.Name}\".{Suggestions.DidYouMean(suggestions)}");
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError(path, value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }
            else if (coerced.First() is { Value: null } only)
            {
                path.Add(only.Key);
                onError(path, null, $"Field \"{only.Key}\" must be non-null.");
                path.RemoveAt(path.Count - 1);
            }
        }

        return Complete(type, coerced);
    }

    private static object? CoerceEnum(object value, EnumType type, CoercionErrorHandler onError, List<object> path)
    {
        if (value is not string name)
        {
            onError(path, value, $"Enum \"{type.Name}\" cannot represent non-string value: {ValueInspector.Inspect(value)}.{DidYouMeanEnumValue(type, ValueInspector.Inspect(value))}");
            return null;
        }

        if (type.Find(name) is { } definition)
        {
            return definition.Value;
        }

        onError(path, value, $"Value \"{name}\" does not exist in \"{type.Name}\" enum.{DidYouMeanEnumValue(type, name)}");
        return null;
    }

    private static string DidYouMeanEnumValue(EnumType type, string unknown) =>
        Suggestions.DidYouMean("the enum value", Suggestions.List(unknown, type.Values.Select(v => v.Name)));

    private static object Complete(InputObjectType type, Dictionary<string, object?> fields) =>
        type.CreateRuntimeValue is { } create ? create(fields) : fields;

    private static string PrintPath(IReadOnlyList<object> path)
    {
        var text = new StringBuilder();
        foreach (var step in path)
        {
            if (step is int index)
            {
                text.Append('[').Append(index).Append(']');
            }
            else
            {
                text.Append('.').Append(step);
            }
        }

        return text.ToString();
    }
}
