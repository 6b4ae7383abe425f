using GraphApi.GraphQL;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.Api;

/// <summary>Exposes an entity's <c>int</c> key as its global <c>id: ID!</c> (see <see cref="GlobalId"/>).</summary>
public sealed class GlobalIdAttribute : FieldConfigurationAttribute
{
    /// <inheritdoc />
    public override void Configure(FieldConfigurationContext context)
    {
        var typeName = NameConventions.TypeName(context.Member.ReflectedType!);
        context.Field.Type = new NonNullType(BuiltInScalars.ID);
        context.Field.Features[Filtering.FilterValueParser] = (Func<object?, object?>)(value => value is null ? null : ParseOperand(typeName, value));
        context.Field.MapResult(key => Encode(typeName, key));
    }

    private static int ParseOperand(string typeName, object value) => GlobalId.TryDecode(value as string, typeName, out var id)
        ? id
        : throw new GraphQLException($"\"{value}\" is not a {typeName} id; filter with the id field's value.", ApiErrorCodes.InvalidId);

    private static string? Encode(string typeName, object? key) => key is int id ? GlobalId.Encode(typeName, id) : null;
}
