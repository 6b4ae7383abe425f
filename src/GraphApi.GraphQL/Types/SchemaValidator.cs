using System.Text.RegularExpressions;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Types;

// Spec §3 Type System (the type validation rules of each kind), as graphql-js validateSchema words them.
/// <summary>Checks a schema against the spec's type system rules; each error names the offending type and field.</summary>
public static partial class SchemaValidator
{
    /// <summary>Every rule the schema breaks, or an empty list.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var errors = new List<GraphQLError>();
        var context = new Context(schema, errors);
        ValidateDirectives(context);
        foreach (var type in schema.Types.Values)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal) && Introspection.IntrospectionTypes.All.Contains(type))
            {
                continue;
            }

            ValidateName(context, type.Name, type.AstNode as SyntaxNode);
            switch (type)
            {
                case ObjectType objectType:
                    ValidateFields(context, objectType, objectType.Fields);
                    ValidateInterfaces(context, objectType);
                    break;
                case InterfaceType contract:
                    ValidateFields(context, contract, contract.Fields);
                    ValidateInterfaces(context, contract);
                    break;
                case UnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(context, input);
                    context.InputCycles.Detect(input);
                    break;
            }
        }

        return errors;
    }

    /// <summary>Throws <see cref="SchemaException"/> when the schema breaks a rule.</summary>
    public static void AssertValid(Schema schema)
    {
        var errors = Validate(schema);
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }
    }

    private static void ValidateDirectives(Context context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            ValidateName(context, directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType)
                {
                    context.Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode);
                }

                if (IsRequired(argument) && argument.IsDeprecated)
                {
                    context.Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", argument.AstNode);
                }
            }
        }
    }

    private static void ValidateName(Context context, string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
        else if (!NamePattern().IsMatch(name))
        {
            context.Report(name.Length > 0 && NameStart().IsMatch(name[..1])
                ? $"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not."
                : $"Names must start with [_a-zA-Z] but \"{name}\" does not.", node);
        }
    }

    private static void ValidateFields(Context context, NamedType type, FieldCollection fields)
    {
        if (fields.Count == 0)
        {
            context.Report($"Type {type.Name} must define one or more fields.", type.AstNode as SyntaxNode);
        }

        foreach (var field in fields)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsOutputType)
            {
                context.Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type as SyntaxNode);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType)
                {
                    context.Report($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode?.Type as SyntaxNode);
                }

                if (IsRequired(argument) && argument.IsDeprecated)
                {
                    context.Report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", argument.AstNode);
                }
            }
        }
    }

    // Spec §3.6 Objects / §3.7 Interfaces: IsValidImplementation
    private static void ValidateInterfaces(Context context, NamedType type)
    {
        var interfaces = ((IComplexOutputType)type).Interfaces;
        var seen = new HashSet<InterfaceType>();
        foreach (var contract in interfaces)
        {
            if (ReferenceEquals(contract, type))
            {
                context.Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", type.AstNode as SyntaxNode);
                continue;
            }

            if (!seen.Add(contract))
            {
                context.Report($"Type {type.Name} can only implement {contract.Name} once.", type.AstNode as SyntaxNode);
                continue;
            }

            ValidateImplementsAncestors(context, type, contract, interfaces);
            ValidateImplementsInterface(context, type, contract);
        }
    }

    private static void ValidateImplementsAncestors(Context context, NamedType type, InterfaceType contract, List<InterfaceType> interfaces)
    {
        foreach (var transitive in contract.Interfaces)
        {
            if (!interfaces.Contains(transitive))
            {
                context.Report(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {contract.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {contract.Name}.", type.AstNode as SyntaxNode);
            }
        }
    }

    private static void ValidateImplementsInterface(Context context, NamedType type, InterfaceType contract)
    {
        var fields = ((IComplexOutputType)type).Fields;
        foreach (var contractField in contract.Fields)
        {
            var name = contractField.Name;
            var field = fields.Find(name);
            if (field is null)
            {
                context.Report($"Interface field {contract.Name}.{name} expected but {type.Name} does not provide it.", type.AstNode as SyntaxNode);
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(context.Schema, field.Type, contractField.Type))
            {
                context.Report($"Interface field {contract.Name}.{name} expects type {contractField.Type} but {type.Name}.{name} is type {field.Type}.", field.AstNode?.Type as SyntaxNode);
            }

            foreach (var contractArgument in contractField.Arguments)
            {
                var argument = field.Arguments.Find(contractArgument.Name);
                if (argument is null)
                {
                    context.Report($"Interface field argument {contract.Name}.{name}({contractArgument.Name}:) expected but {type.Name}.{name} does not provide it.", field.AstNode);
                    continue;
                }

                if (!IsEqualType(contractArgument.Type, argument.Type))
                {
                    context.Report($"Interface field argument {contract.Name}.{name}({contractArgument.Name}:) expects type {contractArgument.Type} but {type.Name}.{name}({contractArgument.Name}:) is type {argument.Type}.", argument.AstNode?.Type as SyntaxNode);
                }
            }

            foreach (var argument in field.Arguments)
            {
                if (contractField.Arguments.Find(argument.Name) is null && IsRequired(argument))
                {
                    context.Report($"Object field {type.Name}.{name} includes required argument {argument.Name} that is missing from the Interface field {contract.Name}.{name}.", argument.AstNode);
                }
            }
        }
    }

    private static void ValidateUnionMembers(Context context, UnionType union)
    {
        if (union.Types.Count == 0)
        {
            context.Report($"Union type {union.Name} must define one or more member types.", union.AstNode as SyntaxNode);
        }

        var seen = new HashSet<ObjectType>();
        foreach (var member in union.Types)
        {
            if (!seen.Add(member))
            {
                context.Report($"Union type {union.Name} can only include type {member.Name} once.", union.AstNode as SyntaxNode);
            }
        }
    }

    private static void ValidateEnumValues(Context context, EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type {enumType.Name} must define one or more values.", enumType.AstNode as SyntaxNode);
        }

        foreach (var value in enumType.Values)
        {
            if (value.Name is "true" or "false" or "null")
            {
                context.Report($"Enum type {enumType.Name} cannot include value: {value.Name}.", value.AstNode);
            }
            else
            {
                ValidateName(context, value.Name, value.AstNode);
            }
        }
    }

    private static void ValidateInputFields(Context context, InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            context.Report($"Input Object type {input.Name} must define one or more fields.", input.AstNode as SyntaxNode);
        }

        foreach (var field in input.Fields)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsInputType)
            {
                context.Report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type as SyntaxNode);
            }

            if (IsRequired(field) && field.IsDeprecated)
            {
                context.Report($"Required input field {input.Name}.{field.Name} cannot be deprecated.", field.AstNode);
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    context.Report($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type as SyntaxNode);
                }

                if (field.HasDefaultValue)
                {
                    context.Report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    private static bool IsRequired(InputValueDefinition input) => input.Type is NonNullType && !input.HasDefaultValue;

    private static bool IsEqualType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        _ => ReferenceEquals(a, b),
    };

    [GeneratedRegex("^[_a-zA-Z][_a-zA-Z0-9]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[_a-zA-Z]$")]
    private static partial Regex NameStart();

    private sealed class Context(Schema schema, List<GraphQLError> errors)
    {
        public Schema Schema { get; } = schema;

        public InputObjectCycleDetector InputCycles { get; } = new(error => errors.Add(error));

        public void Report(string message, SyntaxNode? node) => errors.Add(GraphQLError.At(message, null, node));
    }

    // Spec §3.10 Input Objects: no cycle of non-null singular fields, which no finite value could satisfy.
    private sealed class InputObjectCycleDetector(Action<GraphQLError> report)
    {
        private readonly HashSet<InputObjectType> _visited = [];
        private readonly List<InputValueDefinition> _path = [];
        private readonly Dictionary<InputObjectType, int> _pathIndex = [];

        public void Detect(InputObjectType input)
        {
            if (!_visited.Add(input))
            {
                return;
            }

            _pathIndex[input] = _path.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    _path.Add(field);
                    if (!_pathIndex.TryGetValue(fieldType, out var cycleStart))
                    {
                        Detect(fieldType);
                    }
                    else
                    {
                        var cycle = _path.Skip(cycleStart).ToList();
                        report(GraphQLError.At(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cycle.Select(f => f.Name))}\".",
                            null,
                            [.. cycle.Select(f => (SyntaxNode?)f.AstNode)]));
                    }

                    _path.RemoveAt(_path.Count - 1);
                }
            }

            _pathIndex.Remove(input);
        }
    }
}
