using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Introspection;

// Spec §4.1 Type Name Introspection, §4.2 Schema Introspection (meta-fields)
/// <summary>The meta-fields <c>__schema</c> and <c>__type</c> (on the query root) and <c>__typename</c> (everywhere).</summary>
public static class IntrospectionFields
{
    /// <summary><c>__schema: __Schema!</c>.</summary>
    public static FieldDefinition SchemaField { get; } = new("__schema", new NonNullType(IntrospectionTypes.Schema))
    {
        Description = "Access the current type schema of this server.",
        Resolver = context => new ValueTask<object?>(context.Schema),
        Cost = 0,
    };

    /// <summary><c>__type(name: String!): __Type</c>.</summary>
    public static FieldDefinition TypeField { get; } = CreateTypeField();

    /// <summary><c>__typename: String!</c>.</summary>
    public static FieldDefinition TypeNameField { get; } = new("__typename", new NonNullType(BuiltInScalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = context => new ValueTask<object?>(context.ParentType.Name),
        Cost = 0,
    };

    /// <summary>The meta-field of that name available on <paramref name="parentType"/>, if any.</summary>
    public static FieldDefinition? Find(Schema schema, NamedType parentType, string name) => name switch
    {
        "__typename" => TypeNameField,
        "__schema" when ReferenceEquals(parentType, schema.QueryType) => SchemaField,
        "__type" when ReferenceEquals(parentType, schema.QueryType) => TypeField,
        _ => null,
    };

    private static FieldDefinition CreateTypeField()
    {
        var field = new FieldDefinition("__type", IntrospectionTypes.Type)
        {
            Description = "Request the type information of a single type.",
            Resolver = context => new ValueTask<object?>(context.Arguments.TryGetValue("name", out var name) && name is string typeName ? context.Schema.GetType(typeName) : null),
            Cost = 0,
        };
        field.Arguments.Add(new InputValueDefinition("name", new NonNullType(BuiltInScalars.String)));
        return field;
    }
}
