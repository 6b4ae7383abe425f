using GraphApi.GraphQL.Introspection;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

// graphql-js utilities/TypeInfo: the schema types in effect at each point of a walk.
/// <summary>Tracks, as a walk enters and leaves nodes, the output, parent, input types and definitions in effect.</summary>
internal sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<IValueNode?> _defaultValueStack = [];

    public GraphQLType? Type => _typeStack.Count > 0 ? _typeStack[^1] : null;

    public NamedType? ParentType => _parentTypeStack.Count > 0 ? _parentTypeStack[^1] : null;

    public GraphQLType? InputType => _inputTypeStack.Count > 0 ? _inputTypeStack[^1] : null;

    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDefinition => _fieldDefStack.Count > 0 ? _fieldDefStack[^1] : null;

    public IValueNode? DefaultValue => _defaultValueStack.Count > 0 ? _defaultValueStack[^1] : null;

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    /// <summary>Forgets all state, for reuse on another walk.</summary>
    public void Clear()
    {
        _typeStack.Clear();
        _parentTypeStack.Clear();
        _inputTypeStack.Clear();
        _fieldDefStack.Clear();
        _defaultValueStack.Clear();
        Directive = null;
        Argument = null;
    }

    public void EnterOperation(OperationDefinitionNode node) => _typeStack.Add(schema.GetRootType(node.Operation));

    public void LeaveOutputType() => _typeStack.RemoveAt(_typeStack.Count - 1);

    public void EnterSelectionSet() => _parentTypeStack.Add(Type?.GetNamedType() is { Kind: TypeKind.Object or TypeKind.Interface or TypeKind.Union } composite ? composite : null);

    public void LeaveSelectionSet() => _parentTypeStack.RemoveAt(_parentTypeStack.Count - 1);

    public void EnterField(FieldNode node)
    {
        var parentType = ParentType;
        var fieldDef = parentType is null ? null : GetFieldDefinition(schema, parentType, node.Name.Value);
        _fieldDefStack.Add(fieldDef);
        _typeStack.Add(fieldDef?.Type);
    }

    public void LeaveField()
    {
        _fieldDefStack.RemoveAt(_fieldDefStack.Count - 1);
        _typeStack.RemoveAt(_typeStack.Count - 1);
    }

    public void EnterDirective(DirectiveNode node) => Directive = schema.GetDirective(node.Name.Value);

    public void LeaveDirective() => Directive = null;

    public void EnterFragment(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is null ? Type?.GetNamedType() : schema.GetType(typeCondition.Name.Value);
        _typeStack.Add(type is { IsOutputType: true } ? type : null);
    }

    public void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var type = TypeFromAst(schema, node.Type);
        _inputTypeStack.Add(type is { IsInputType: true } ? type : null);
    }

    public void LeaveVariableDefinition() => _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);

    public void EnterArgument(ArgumentNode node)
    {
        // As graphql-js: an unknown directive falls back to the enclosing field's arguments.
        var arguments = Directive?.Arguments ?? FieldDefinition?.Arguments;
        var argDef = arguments?.Find(node.Name.Value);
        Argument = argDef;
        _defaultValueStack.Add(argDef?.DefaultValue);
        _inputTypeStack.Add(argDef?.Type is { IsInputType: true } argType ? argType : null);
    }

    public void LeaveArgument()
    {
        Argument = null;
        LeaveInputPosition();
    }

    public void EnterListValue()
    {
        var listType = InputType?.Nullable;
        var itemType = listType is ListType list ? list.OfType : listType;
        _defaultValueStack.Add(null);
        _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
    }

    public void EnterObjectField(ObjectFieldNode node)
    {
        var field = InputType?.GetNamedType() is InputObjectType objectType ? objectType.Fields.Find(node.Name.Value) : null;
        _defaultValueStack.Add(field?.DefaultValue);
        _inputTypeStack.Add(field?.Type is { IsInputType: true } fieldType ? fieldType : null);
    }

    public void LeaveInputPosition()
    {
        _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
        _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
    }

    /// <summary>The field a selection names on a parent type, the meta-fields included (graphql-js getFieldDef for validation).</summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, string name)
    {
        if (name.Length > 1 && name[0] == '_' && name[1] == '_')
        {
            if (name == IntrospectionFields.SchemaField.Name && ReferenceEquals(schema.QueryType, parentType))
            {
                return IntrospectionFields.SchemaField;
            }

            if (name == IntrospectionFields.TypeField.Name && ReferenceEquals(schema.QueryType, parentType))
            {
                return IntrospectionFields.TypeField;
            }

            if (name == IntrospectionFields.TypeNameField.Name && parentType.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union)
            {
                return IntrospectionFields.TypeNameField;
            }
        }

        return parentType is IComplexOutputType complex ? complex.Fields.Find(name) : null;
    }

    /// <summary>The schema type a type reference denotes; null when its named type is unknown (graphql-js typeFromAST).</summary>
    public static GraphQLType? TypeFromAst(Schema schema, ITypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };
}
