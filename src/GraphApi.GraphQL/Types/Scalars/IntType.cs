using System.Globalization;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Scalars;

// Spec §3.5.1 Int
/// <summary>A signed 32-bit integer.</summary>
public sealed class IntType() : ScalarType("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
{
    /// <inheritdoc />
    public override bool IsSpecified => true;

    /// <inheritdoc />
    public override object Serialize(object value) => value switch
    {
        // The value's own box: serializing every int of a result should not box it again.
        int => value,
        bool b => Execution.Boxes.Int(b ? 1 : 0),
        short or sbyte or byte or ushort => Convert.ToInt32(value, CultureInfo.InvariantCulture),
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        uint u when u <= int.MaxValue => (int)u,
        ulong u when u <= int.MaxValue => (int)u,
        double d when double.IsInteger(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
        float f when float.IsInteger(f) && f is >= int.MinValue and <= int.MaxValue => (int)f,
        decimal m when decimal.IsInteger(m) && m is >= int.MinValue and <= int.MaxValue => (int)m,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsInteger(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
        long or uint or ulong or double or float or decimal when IsIntegral(value) => throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}"),
        _ => throw new GraphQLException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object ParseValue(object value)
    {
        var number = value switch
        {
            int i => i,
            long l => l,
            double d when double.IsInteger(d) => d,
            _ => throw new GraphQLException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}"),
        };

        return number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
    }

    /// <inheritdoc />
    public override object ParseLiteral(IValueNode literal)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new GraphQLException($"Int cannot represent non-integer value: {ValueInspector.Print(literal)}");
        }

        return int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
    }

    /// <inheritdoc />
    public override IValueNode ValueToLiteral(object value) =>
        new IntValueNode { Value = ((int)Serialize(value)).ToString(CultureInfo.InvariantCulture) };

    private static bool IsIntegral(object value) => value switch
    {
        double d => double.IsInteger(d),
        float f => float.IsInteger(f),
        decimal m => decimal.IsInteger(m),
        _ => true,
    };
}
