using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Introspection;

// Spec §4.2 Schema Introspection
/// <summary>
/// The introspection types (<c>__Schema</c>, <c>__Type</c>, ...) every schema has, with graphql-js's
/// descriptions and the current draft's fields (<c>specifiedByURL</c>, <c>isRepeatable</c>,
/// <c>includeDeprecated</c> on arguments and input fields, <c>isOneOf</c>). Their resolvers read the
/// schema model directly; the types are shared by every schema.
/// </summary>
public static class IntrospectionTypes
{
    private static readonly NonNullType NonNullString = new(BuiltInScalars.String);
    private static readonly NonNullType NonNullBoolean = new(BuiltInScalars.Boolean);

    static IntrospectionTypes()
    {
        TypeKind = CreateTypeKind();
        DirectiveLocation = CreateDirectiveLocation();
        Schema = new ObjectType("__Schema", "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");
        Type = new ObjectType("__Type", "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");
        Field = new ObjectType("__Field", "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");
        InputValue = new ObjectType("__InputValue", "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");
        EnumValue = new ObjectType("__EnumValue", "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");
        Directive = new ObjectType("__Directive", "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

        DefineSchema();
        DefineType();
        DefineField();
        DefineInputValue();
        DefineEnumValue();
        DefineDirective();
        All = [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];
    }

    /// <summary><c>__Schema</c>.</summary>
    public static ObjectType Schema { get; }

    /// <summary><c>__Type</c>.</summary>
    public static ObjectType Type { get; }

    /// <summary><c>__Field</c>.</summary>
    public static ObjectType Field { get; }

    /// <summary><c>__InputValue</c>.</summary>
    public static ObjectType InputValue { get; }

    /// <summary><c>__EnumValue</c>.</summary>
    public static ObjectType EnumValue { get; }

    /// <summary><c>__Directive</c>.</summary>
    public static ObjectType Directive { get; }

    /// <summary><c>__TypeKind</c>.</summary>
    public static EnumType TypeKind { get; }

    /// <summary><c>__DirectiveLocation</c>.</summary>
    public static EnumType DirectiveLocation { get; }

    /// <summary>Every introspection type.</summary>
    public static IReadOnlyList<NamedType> All { get; }

    private static void DefineSchema()
    {
        Add(Schema, "description", BuiltInScalars.String, c => Parent<Types.Schema>(c).Description);
        Add(Schema, "types", NonNullListOf(Type), c => Parent<Types.Schema>(c).Types.Values.ToArray(), "A list of all types supported by this server.");
        Add(Schema, "queryType", new NonNullType(Type), c => Parent<Types.Schema>(c).QueryType, "The type that query operations will be rooted at.");
        Add(Schema, "mutationType", Type, c => Parent<Types.Schema>(c).MutationType, "If this server supports mutation, the type that mutation operations will be rooted at.");
        Add(Schema, "subscriptionType", Type, c => Parent<Types.Schema>(c).SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at.");
        Add(Schema, "directives", NonNullListOf(Directive), c => Parent<Types.Schema>(c).Directives.ToArray(), "A list of all directives supported by this server.");
    }

    private static void DefineType()
    {
        Add(Type, "kind", new NonNullType(TypeKind), c => Parent<GraphQLType>(c).Kind);
        Add(Type, "name", BuiltInScalars.String, c => (Parent<GraphQLType>(c) as NamedType)?.Name);
        Add(Type, "description", BuiltInScalars.String, c => (Parent<GraphQLType>(c) as NamedType)?.Description);
        Add(Type, "specifiedByURL", BuiltInScalars.String, c => (Parent<GraphQLType>(c) as ScalarType)?.SpecifiedByUrl);
        Add(Type, "fields", new ListType(new NonNullType(Field)), c => Parent<GraphQLType>(c) is IComplexOutputType complex
            ? Visible(complex.Fields, IncludeDeprecated(c), static f => f.IsDeprecated)
            : null).Arguments.Add(IncludeDeprecatedArgument());
        Add(Type, "interfaces", new ListType(new NonNullType(Type)), c => (Parent<GraphQLType>(c) as IComplexOutputType)?.Interfaces);
        Add(Type, "possibleTypes", new ListType(new NonNullType(Type)), c => Parent<GraphQLType>(c) switch
        {
            InterfaceType or UnionType => c.Schema.GetPossibleTypes((NamedType)c.Parent!),
            _ => null,
        });
        Add(Type, "enumValues", new ListType(new NonNullType(EnumValue)), c => Parent<GraphQLType>(c) is EnumType enumType
            ? Visible(enumType.Values, IncludeDeprecated(c), static v => v.IsDeprecated)
            : null).Arguments.Add(IncludeDeprecatedArgument());
        Add(Type, "inputFields", new ListType(new NonNullType(InputValue)), c => Parent<GraphQLType>(c) is InputObjectType input
            ? Visible(input.Fields, IncludeDeprecated(c), static f => f.IsDeprecated)
            : null).Arguments.Add(IncludeDeprecatedArgument());
        Add(Type, "ofType", Type, c => Parent<GraphQLType>(c) switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        Add(Type, "isOneOf", BuiltInScalars.Boolean, c => Parent<GraphQLType>(c) is InputObjectType input ? input.IsOneOf : null);
    }

    private static void DefineField()
    {
        Add(Field, "name", NonNullString, c => Parent<FieldDefinition>(c).Name);
        Add(Field, "description", BuiltInScalars.String, c => Parent<FieldDefinition>(c).Description);
        Add(Field, "args", NonNullListOf(InputValue), c => Visible(Parent<FieldDefinition>(c).Arguments, IncludeDeprecated(c), static a => a.IsDeprecated))
            .Arguments.Add(IncludeDeprecatedArgument());
        Add(Field, "type", new NonNullType(Type), c => Parent<FieldDefinition>(c).Type);
        Add(Field, "isDeprecated", NonNullBoolean, c => Parent<FieldDefinition>(c).IsDeprecated);
        Add(Field, "deprecationReason", BuiltInScalars.String, c => Parent<FieldDefinition>(c).DeprecationReason);
    }

    private static void DefineInputValue()
    {
        Add(InputValue, "name", NonNullString, c => Parent<InputValueDefinition>(c).Name);
        Add(InputValue, "description", BuiltInScalars.String, c => Parent<InputValueDefinition>(c).Description);
        Add(InputValue, "type", new NonNullType(Type), c => Parent<InputValueDefinition>(c).Type);
        Add(InputValue, "defaultValue", BuiltInScalars.String, c => DefaultValues.Print(Parent<InputValueDefinition>(c)),
            "A GraphQL-formatted string representing the default value for this input value.");
        Add(InputValue, "isDeprecated", NonNullBoolean, c => Parent<InputValueDefinition>(c).IsDeprecated);
        Add(InputValue, "deprecationReason", BuiltInScalars.String, c => Parent<InputValueDefinition>(c).DeprecationReason);
    }

    private static void DefineEnumValue()
    {
        Add(EnumValue, "name", NonNullString, c => Parent<EnumValueDefinition>(c).Name);
        Add(EnumValue, "description", BuiltInScalars.String, c => Parent<EnumValueDefinition>(c).Description);
        Add(EnumValue, "isDeprecated", NonNullBoolean, c => Parent<EnumValueDefinition>(c).IsDeprecated);
        Add(EnumValue, "deprecationReason", BuiltInScalars.String, c => Parent<EnumValueDefinition>(c).DeprecationReason);
    }

    private static void DefineDirective()
    {
        Add(Directive, "name", NonNullString, c => Parent<DirectiveDefinition>(c).Name);
        Add(Directive, "description", BuiltInScalars.String, c => Parent<DirectiveDefinition>(c).Description);
        Add(Directive, "isRepeatable", NonNullBoolean, c => Parent<DirectiveDefinition>(c).IsRepeatable);
        Add(Directive, "locations", new NonNullType(new ListType(new NonNullType(DirectiveLocation))), c => Parent<DirectiveDefinition>(c).Locations);
        Add(Directive, "args", NonNullListOf(InputValue), c => Visible(Parent<DirectiveDefinition>(c).Arguments, IncludeDeprecated(c), static a => a.IsDeprecated))
            .Arguments.Add(IncludeDeprecatedArgument());
    }

    private static EnumType CreateTypeKind()
    {
        var kind = new EnumType("__TypeKind", "An enum describing what kind of type a given `__Type` is.");
        (Types.TypeKind Kind, string Name, string Description)[] values =
        [
            (Types.TypeKind.Scalar, "SCALAR", "Indicates this type is a scalar."),
            (Types.TypeKind.Object, "OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            (Types.TypeKind.Interface, "INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            (Types.TypeKind.Union, "UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
            (Types.TypeKind.Enum, "ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
            (Types.TypeKind.InputObject, "INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
            (Types.TypeKind.List, "LIST", "Indicates this type is a list. `ofType` is a valid field."),
            (Types.TypeKind.NonNull, "NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."),
        ];
        foreach (var (value, name, description) in values)
        {
            kind.Add(new EnumValueDefinition(name, value) { Description = description });
        }

        return kind;
    }

    private static EnumType CreateDirectiveLocation()
    {
        var location = new EnumType("__DirectiveLocation", "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
        (Types.DirectiveLocation Location, string Name, string Description)[] values =
        [
            (Types.DirectiveLocation.Query, "QUERY", "Location adjacent to a query operation."),
            (Types.DirectiveLocation.Mutation, "MUTATION", "Location adjacent to a mutation operation."),
            (Types.DirectiveLocation.Subscription, "SUBSCRIPTION", "Location adjacent to a subscription operation."),
            (Types.DirectiveLocation.Field, "FIELD", "Location adjacent to a field."),
            (Types.DirectiveLocation.FragmentDefinition, "FRAGMENT_DEFINITION", "Location adjacent to a fragment definition."),
            (Types.DirectiveLocation.FragmentSpread, "FRAGMENT_SPREAD", "Location adjacent to a fragment spread."),
            (Types.DirectiveLocation.InlineFragment, "INLINE_FRAGMENT", "Location adjacent to an inline fragment."),
            (Types.DirectiveLocation.VariableDefinition, "VARIABLE_DEFINITION", "Location adjacent to a variable definition."),
            (Types.DirectiveLocation.Schema, "SCHEMA", "Location adjacent to a schema definition."),
            (Types.DirectiveLocation.Scalar, "SCALAR", "Location adjacent to a scalar definition."),
            (Types.DirectiveLocation.Object, "OBJECT", "Location adjacent to an object type definition."),
            (Types.DirectiveLocation.FieldDefinition, "FIELD_DEFINITION", "Location adjacent to a field definition."),
            (Types.DirectiveLocation.ArgumentDefinition, "ARGUMENT_DEFINITION", "Location adjacent to an argument definition."),
            (Types.DirectiveLocation.Interface, "INTERFACE", "Location adjacent to an interface definition."),
            (Types.DirectiveLocation.Union, "UNION", "Location adjacent to a union definition."),
            (Types.DirectiveLocation.Enum, "ENUM", "Location adjacent to an enum definition."),
            (Types.DirectiveLocation.EnumValue, "ENUM_VALUE", "Location adjacent to an enum value definition."),
            (Types.DirectiveLocation.InputObject, "INPUT_OBJECT", "Location adjacent to an input object type definition."),
            (Types.DirectiveLocation.InputFieldDefinition, "INPUT_FIELD_DEFINITION", "Location adjacent to an input object field definition."),
        ];
        foreach (var (value, name, description) in values)
        {
            location.Add(new EnumValueDefinition(name, value) { Description = description });
        }

        return location;
    }

    private static FieldDefinition Add(ObjectType type, string name, GraphQLType fieldType, Func<IResolverContext, object?> resolve, string? description = null)
    {
        var field = new FieldDefinition(name, fieldType)
        {
            Description = description,
            Resolver = context => new ValueTask<object?>(resolve(context)),
            Cost = 0,
        };
        type.Fields.Add(field);
        return field;
    }

    private static T Parent<T>(IResolverContext context) => (T)context.Parent!;

    private static NonNullType NonNullListOf(GraphQLType item) => new(new ListType(new NonNullType(item)));

    private static InputValueDefinition IncludeDeprecatedArgument() =>
        new("includeDeprecated", BuiltInScalars.Boolean) { DefaultValue = new BooleanValueNode { Value = false } };

    private static bool IncludeDeprecated(IResolverContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static IReadOnlyList<T> Visible<T>(IReadOnlyList<T> items, bool includeDeprecated, Func<T, bool> isDeprecated)
    {
        if (includeDeprecated)
        {
            return items;
        }

        var visible = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (!isDeprecated(item))
            {
                visible.Add(item);
            }
        }

        return visible;
    }
}
