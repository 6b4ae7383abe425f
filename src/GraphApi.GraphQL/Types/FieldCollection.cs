namespace GraphApi.GraphQL.Types;

/// <summary>The fields of an object or interface type, in declaration order, looked up by name.</summary>
public sealed class FieldCollection() : NamedDefinitionCollection<FieldDefinition>(static field => field.Name, "A field");
