using System.Globalization;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Scalars;

// Spec §3.5.5 ID
/// <summary>A unique identifier, serialized as a string; accepts strings and integers as input.</summary>
public sealed class IdType() : ScalarType("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
{
    /// <inheritdoc />
    public override bool IsSpecified => true;

    /// <inheritdoc />
    public override object Serialize(object value) => value switch
    {
        string s => s,
        int or long or short or uint or ulong or ushort or byte or sbyte => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        Guid g => g.ToString(),
        _ => throw new GraphQLException($"ID cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object ParseValue(object value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d when double.IsInteger(d) => d.ToString("0", CultureInfo.InvariantCulture),
        _ => throw new GraphQLException($"ID cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object ParseLiteral(IValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLException($"ID cannot represent a non-string and non-integer value: {ValueInspector.Print(literal)}"),
    };

    /// <inheritdoc />
    public override IValueNode ValueToLiteral(object value)
    {
        var id = (string)Serialize(value);
        return long.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) && !id.StartsWith('+')
            ? new IntValueNode { Value = id }
            : new StringValueNode { Value = id };
    }
}
