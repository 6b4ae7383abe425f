using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Introspection;

// Spec §4.1 Type Name Introspection, §4.2 Schema Introspection (stand-in until the types branch provides the introspection types)
/// <summary>The meta-fields every selection may use (<c>__typename</c>) and the query root offers (<c>__schema</c>, <c>__type</c>).</summary>
public static class IntrospectionFields
{
    /// <summary><c>__schema: __Schema!</c>.</summary>
    public static FieldDefinition SchemaField { get; } = new("__schema", new NonNullType(new ObjectType("__Schema")));

    /// <summary><c>__type(name: String!): __Type</c>.</summary>
    public static FieldDefinition TypeField { get; } = CreateTypeField();

    /// <summary><c>__typename: String!</c>.</summary>
    public static FieldDefinition TypeNameField { get; } = new("__typename", new NonNullType(BuiltInScalars.String));

    private static FieldDefinition CreateTypeField()
    {
        var field = new FieldDefinition("__type", new ObjectType("__Type"));
        field.Arguments.Add(new InputValueDefinition("name", new NonNullType(BuiltInScalars.String)));
        return field;
    }
}
