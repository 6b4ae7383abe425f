using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types.Scalars;
using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Types;

/// <summary>
/// Builds a schema from SDL: every definition and extension, descriptions, <c>@deprecated</c>,
/// <c>@specifiedBy</c>, <c>@oneOf</c>, custom and repeatable directives, default values; resolvers
/// and scalar implementations come from <see cref="Sdl.SdlBindings"/>. The result is validated.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly Sdl.SdlBindings _bindings;
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);

    private SchemaBuilder(Sdl.SdlBindings bindings)
    {
        _bindings = bindings;
    }

    /// <summary>Builds and validates a schema from SDL.</summary>
    /// <exception cref="GraphQLSyntaxException">When the SDL does not parse.</exception>
    /// <exception cref="SchemaException">When the SDL or the schema it describes is invalid.</exception>
    public static Schema FromSdl(string sdl, Sdl.SdlBindings? bindings = null) =>
        new SchemaBuilder(bindings ?? new Sdl.SdlBindings()).Build(Parser.Parse(sdl));

    private Schema Build(DocumentNode document)
    {
        var definitions = new List<ITypeDefinitionNode>();
        var extensions = new List<ITypeExtensionNode>();
        var directiveDefinitions = new List<DirectiveDefinitionNode>();
        SchemaDefinitionNode? schemaDefinition = null;
        var schemaExtensions = new List<SchemaExtensionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ITypeDefinitionNode type:
                    definitions.Add(type);
                    break;
                case ITypeExtensionNode extension:
                    extensions.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    directiveDefinitions.Add(directive);
                    break;
                case SchemaDefinitionNode single when schemaDefinition is null:
                    schemaDefinition = single;
                    break;
                case SchemaDefinitionNode another:
                    Report("Must provide only one schema definition.", another);
                    break;
                case SchemaExtensionNode schemaExtension:
                    schemaExtensions.Add(schemaExtension);
                    break;
                default:
                    Report($"The {definition.Kind} definition is not allowed in SDL.", definition as SyntaxNode);
                    break;
            }
        }

        foreach (var scalar in BuiltInScalars.All)
        {
            _types[scalar.Name] = scalar;
        }

        var defined = new List<NamedType>();
        foreach (var definition in definitions)
        {
            if (_types.TryGetValue(definition.Name.Value, out var existing))
            {
                Report(existing is ScalarType { IsSpecified: true }
                    ? $"Type \"{definition.Name.Value}\" already exists in the schema. It cannot also be defined in this type definition."
                    : $"There can be only one type named \"{definition.Name.Value}\".", definition.Name);
                continue;
            }

            var type = CreateShell(definition);
            _types[type.Name] = type;
            defined.Add(type);
        }

        foreach (var directive in SpecifiedDirectives.All)
        {
            _directives[directive.Name] = directive;
        }

        foreach (var node in directiveDefinitions)
        {
            if (_directives.TryGetValue(node.Name.Value, out var existing) && !SpecifiedDirectives.IsSpecified(existing))
            {
                Report($"There can be only one directive named \"@{node.Name.Value}\".", node.Name);
                continue;
            }

            _directives[node.Name.Value] = BuildDirective(node);
        }

        var extensionsByType = new Dictionary<string, List<ITypeExtensionNode>>(StringComparer.Ordinal);
        foreach (var extension in extensions)
        {
            if (!_types.TryGetValue(extension.Name.Value, out var target) || target is ScalarType { IsSpecified: true })
            {
                var suggestions = Suggestions.List(extension.Name.Value, defined.Select(t => t.Name));
                Report($"Cannot extend type \"{extension.Name.Value}\" because it is not defined.{Suggestions.DidYouMean(suggestions)}", extension.Name);
                continue;
            }

            if (!ExtensionFits(target, extension))
            {
                Report($"Cannot extend non-{KindName(extension)} type \"{target.Name}\".", (SyntaxNode)extension);
                continue;
            }

            if (!extensionsByType.TryGetValue(target.Name, out var list))
            {
                extensionsByType[target.Name] = list = [];
            }

            list.Add(extension);
            target.ExtensionAstNodes.Add(extension);
        }

        foreach (var type in defined)
        {
            Complete(type, extensionsByType.GetValueOrDefault(type.Name) ?? []);
        }

        var roots = RootTypes(schemaDefinition, schemaExtensions);
        ThrowIfErrors();
        if (roots.Query is null)
        {
            throw new SchemaException([new GraphQLError("Query root type must be provided.")]);
        }

        var schema = new Schema(roots.Query, roots.Mutation, roots.Subscription, defined, _directives.Values, schemaDefinition?.Description?.Value)
        {
            AstNode = schemaDefinition,
        };
        schema.ExtensionAstNodes.AddRange(schemaExtensions);
        SchemaValidator.AssertValid(schema);
        return schema;
    }

    private NamedType CreateShell(ITypeDefinitionNode definition)
    {
        var description = definition.Description?.Value;
        var name = definition.Name.Value;
        NamedType type = definition switch
        {
            ObjectTypeDefinitionNode => new ObjectType(name, description),
            InterfaceTypeDefinitionNode => new InterfaceType(name, description) { ResolveType = _bindings.TypeResolvers.GetValueOrDefault(name) },
            UnionTypeDefinitionNode => new UnionType(name, description) { ResolveType = _bindings.TypeResolvers.GetValueOrDefault(name) },
            EnumTypeDefinitionNode => new EnumType(name, description),
            InputObjectTypeDefinitionNode => new InputObjectType(name, description),
            _ => _bindings.Scalars.GetValueOrDefault(name) ?? new CustomScalarType(name, description),
        };
        if (type is ScalarType scalar && description is not null)
        {
            scalar.Description = description;
        }

        type.AstNode = definition;
        return type;
    }

    private void Complete(NamedType type, List<ITypeExtensionNode> extensions)
    {
        var definition = type.AstNode!;
        switch (type)
        {
            case ObjectType objectType:
                var objectNode = (ObjectTypeDefinitionNode)definition;
                AddInterfaces(objectType.Interfaces, objectNode.Interfaces, extensions.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Interfaces));
                AddFields(objectType, objectType.Fields, objectNode.Fields.Concat(extensions.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Fields)));
                break;
            case InterfaceType contract:
                var interfaceNode = (InterfaceTypeDefinitionNode)definition;
                AddInterfaces(contract.Interfaces, interfaceNode.Interfaces, extensions.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Interfaces));
                AddFields(contract, contract.Fields, interfaceNode.Fields.Concat(extensions.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Fields)));
                break;
            case UnionType union:
                foreach (var member in ((UnionTypeDefinitionNode)definition).Types.Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types)))
                {
                    if (Lookup(member) is { } memberType)
                    {
                        if (memberType is ObjectType objectMember)
                        {
                            union.Types.Add(objectMember);
                        }
                        else
                        {
                            Report($"Union type {union.Name} can only include Object types, it cannot include {memberType.Name}.", member);
                        }
                    }
                }

                break;
            case EnumType enumType:
                var runtimeValue = _bindings.EnumValues.GetValueOrDefault(enumType.Name);
                foreach (var value in ((EnumTypeDefinitionNode)definition).Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values)))
                {
                    if (enumType.Find(value.Name.Value) is not null)
                    {
                        Report($"Enum value \"{enumType.Name}.{value.Name.Value}\" can only be defined once.", value.Name);
                        continue;
                    }

                    enumType.Add(new EnumValueDefinition(value.Name.Value, runtimeValue?.Invoke(value.Name.Value))
                    {
                        Description = value.Description?.Value,
                        DeprecationReason = DeprecationReason(value.Directives),
                        AstNode = value,
                    });
                }

                break;
            case InputObjectType input:
                var inputNode = (InputObjectTypeDefinitionNode)definition;
                var directives = inputNode.Directives.Concat(extensions.SelectMany(e => e.Directives)).ToList();
                input.IsOneOf = directives.Any(d => d.Name.Value == SpecifiedDirectives.OneOf.Name);
                foreach (var field in inputNode.Fields.Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields)))
                {
                    if (input.Fields.Find(field.Name.Value) is not null)
                    {
                        Report($"Field \"{input.Name}.{field.Name.Value}\" can only be defined once.", field.Name);
                        continue;
                    }

                    if (BuildInputValue(field) is { } inputValue)
                    {
                        input.Fields.Add(inputValue);
                    }
                }

                break;
            case ScalarType scalar:
                // Like graphql-js's buildSchema, only the definition's @specifiedBy counts, not an extension's.
                foreach (var directive in ((ScalarTypeDefinitionNode)definition).Directives)
                {
                    if (directive.Name.Value == SpecifiedDirectives.SpecifiedBy.Name && ArgumentLiteral(directive, "url") is StringValueNode url)
                    {
                        scalar.SpecifiedByUrl = url.Value;
                    }
                }

                break;
        }

        CheckDirectives(definition, extensions);
    }

    private void AddInterfaces(List<InterfaceType> target, IEnumerable<NamedTypeNode> declared, IEnumerable<NamedTypeNode> extended)
    {
        foreach (var node in declared.Concat(extended))
        {
            switch (Lookup(node))
            {
                case InterfaceType contract:
                    target.Add(contract);
                    break;
                case { } other:
                    Report($"Type {other.Name} is not an interface and cannot be implemented.", node);
                    break;
            }
        }
    }

    private void AddFields(NamedType owner, FieldCollection fields, IEnumerable<FieldDefinitionNode> nodes)
    {
        foreach (var node in nodes)
        {
            var name = node.Name.Value;
            if (fields.Find(name) is not null)
            {
                Report($"Field \"{owner.Name}.{name}\" can only be defined once.", node.Name);
                continue;
            }

            if (TypeReference(node.Type) is not { } type)
            {
                continue;
            }

            var field = new FieldDefinition(name, type)
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                AstNode = node,
                Resolver = _bindings.Resolvers.GetValueOrDefault((owner.Name, name)),
                Subscribe = _bindings.Subscriptions.GetValueOrDefault((owner.Name, name)),
            };
            if (field.Subscribe is not null && field.Resolver is null)
            {
                field.Resolver = static context => new ValueTask<object?>(context.Parent);
            }

            AddArguments(field.Arguments, node.Arguments, $"{owner.Name}.{name}");
            fields.Add(field);
        }
    }

    private void AddArguments(InputValueCollection target, IReadOnlyList<InputValueDefinitionNode> nodes, string owner)
    {
        foreach (var node in nodes)
        {
            if (target.Find(node.Name.Value) is not null)
            {
                Report($"Argument \"{owner}({node.Name.Value}:)\" can only be defined once.", node.Name);
                continue;
            }

            if (BuildInputValue(node) is { } argument)
            {
                target.Add(argument);
            }
        }
    }

    private InputValueDefinition? BuildInputValue(InputValueDefinitionNode node) =>
        TypeReference(node.Type) is { } type
            ? new InputValueDefinition(node.Name.Value, type)
            {
                Description = node.Description?.Value,
                DefaultValue = node.DefaultValue,
                DeprecationReason = DeprecationReason(node.Directives),
                AstNode = node,
            }
            : null;

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var directive = new DirectiveDefinition(node.Name.Value, node.Description?.Value)
        {
            IsRepeatable = node.Repeatable,
            AstNode = node,
        };
        foreach (var location in node.Locations)
        {
            if (Enum.TryParse<DirectiveLocation>(location.Value.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed))
            {
                directive.Locations.Add(parsed);
            }
            else
            {
                Report($"Unknown directive location \"{location.Value}\".", location);
            }
        }

        AddArguments(directive.Arguments, node.Arguments, "@" + node.Name.Value);
        return directive;
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) RootTypes(SchemaDefinitionNode? definition, List<SchemaExtensionNode> extensions)
    {
        var operationTypes = (definition?.OperationTypes ?? []).Concat(extensions.SelectMany(e => e.OperationTypes)).ToList();
        ObjectType? query = null, mutation = null, subscription = null;
        foreach (var operationType in operationTypes)
        {
            var type = Lookup(operationType.Type);
            if (type is not ObjectType root)
            {
                if (type is not null)
                {
                    Report($"{operationType.Operation} root type must be Object type, it cannot be {type.Name}.", operationType.Type);
                }

                continue;
            }

            ref var slot = ref query;
            if (operationType.Operation == OperationType.Mutation)
            {
                slot = ref mutation;
            }
            else if (operationType.Operation == OperationType.Subscription)
            {
                slot = ref subscription;
            }

            if (slot is not null)
            {
                Report($"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.", operationType);
                continue;
            }

            slot = root;
        }

        // Without a schema definition the types named Query, Mutation and Subscription are the roots, as in graphql-js.
        if (definition is null)
        {
            query = _types.GetValueOrDefault("Query") as ObjectType ?? query;
            mutation = _types.GetValueOrDefault("Mutation") as ObjectType ?? mutation;
            subscription = _types.GetValueOrDefault("Subscription") as ObjectType ?? subscription;
        }

        return (query, mutation, subscription);
    }

    private void CheckDirectives(ITypeDefinitionNode definition, List<ITypeExtensionNode> extensions)
    {
        foreach (var directive in definition.Directives.Concat(extensions.SelectMany(e => e.Directives)))
        {
            if (!_directives.ContainsKey(directive.Name.Value))
            {
                Report($"Unknown directive \"@{directive.Name.Value}\".", directive);
            }
        }
    }

    private GraphQLType? TypeReference(ITypeNode node) => node switch
    {
        NonNullTypeNode nonNull => TypeReference(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => TypeReference(list.Type) is { } item ? new ListType(item) : null,
        _ => Lookup((NamedTypeNode)node),
    };

    private NamedType? Lookup(NamedTypeNode node)
    {
        if (_types.TryGetValue(node.Name.Value, out var type))
        {
            return type;
        }

        var suggestions = Suggestions.List(node.Name.Value, _types.Keys);
        Report($"Unknown type \"{node.Name.Value}\".{Suggestions.DidYouMean(suggestions)}", node);
        return null;
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == SpecifiedDirectives.Deprecated.Name)
            {
                return ArgumentLiteral(directive, "reason") is StringValueNode reason ? reason.Value : SpecifiedDirectives.DefaultDeprecationReason;
            }
        }

        return null;
    }

    private static IValueNode? ArgumentLiteral(DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(argument => argument.Name.Value == name)?.Value;

    private static bool ExtensionFits(NamedType type, ITypeExtensionNode extension) => (type, extension) switch
    {
        (ObjectType, ObjectTypeExtensionNode) or (InterfaceType, InterfaceTypeExtensionNode) or (UnionType, UnionTypeExtensionNode)
            or (EnumType, EnumTypeExtensionNode) or (InputObjectType, InputObjectTypeExtensionNode) or (ScalarType, ScalarTypeExtensionNode) => true,
        _ => false,
    };

    private static string KindName(ITypeExtensionNode extension) => extension switch
    {
        ObjectTypeExtensionNode => "object",
        InterfaceTypeExtensionNode => "interface",
        UnionTypeExtensionNode => "union",
        EnumTypeExtensionNode => "enum",
        InputObjectTypeExtensionNode => "input object",
        _ => "scalar",
    };

    private void Report(string message, SyntaxNode? node) => _errors.Add(GraphQLError.At(message, null, node));

    private void ThrowIfErrors()
    {
        if (_errors.Count > 0)
        {
            throw new SchemaException(_errors);
        }
    }
}
