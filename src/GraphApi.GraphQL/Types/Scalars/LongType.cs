using System.Globalization;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Scalars;

/// <summary>A signed 64-bit integer, written as a JSON number (HotChocolate's <c>Long</c>).</summary>
public sealed class LongType() : ScalarType("Long", "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values.")
{
    /// <summary>The shared instance.</summary>
    public static LongType Instance { get; } = new();

    /// <inheritdoc />
    public override object Serialize(object value) => value switch
    {
        long l => l,
        int or short or sbyte or byte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u when u <= long.MaxValue => (long)u,
        double d when double.IsInteger(d) && d is >= long.MinValue and < 9.2233720368547758E18 => (long)d,
        decimal m when decimal.IsInteger(m) && m is >= long.MinValue and <= long.MaxValue => (long)m,
        _ => throw new GraphQLException($"Long cannot represent non-integer value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object ParseValue(object value) => value switch
    {
        long l => l,
        int i => (long)i,
        double d when double.IsInteger(d) && d is >= long.MinValue and < 9.2233720368547758E18 => (long)d,
        _ => throw new GraphQLException($"Long cannot represent non-integer value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object ParseLiteral(IValueNode literal) =>
        literal is IntValueNode i && long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new GraphQLException($"Long cannot represent non-integer value: {ValueInspector.Print(literal)}");

    /// <inheritdoc />
    public override IValueNode ValueToLiteral(object value) =>
        new IntValueNode { Value = ((long)Serialize(value)).ToString(CultureInfo.InvariantCulture) };
}
