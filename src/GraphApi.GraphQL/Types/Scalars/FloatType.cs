using System.Globalization;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Scalars;

// Spec §3.5.2 Float
/// <summary>A double-precision, finite floating-point number.</summary>
public sealed class FloatType() : ScalarType("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
{
    /// <inheritdoc />
    public override bool IsSpecified => true;

    /// <inheritdoc />
    public override object Serialize(object value)
    {
        double? number = value switch
        {
            double d => d,
            float f => f,
            decimal m => (double)m,
            int or long or short or sbyte or byte or ushort or uint or ulong => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            bool b => b ? 1 : 0,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };

        return number is { } finite && double.IsFinite(finite)
            ? finite
            : throw new GraphQLException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
    }

    /// <inheritdoc />
    public override object ParseValue(object value) => value switch
    {
        double d when double.IsFinite(d) => d,
        long l => (double)l,
        int i => (double)i,
        _ => throw new GraphQLException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object ParseLiteral(IValueNode literal) => literal switch
    {
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        _ => throw new GraphQLException($"Float cannot represent non numeric value: {ValueInspector.Print(literal)}"),
    };

    /// <inheritdoc />
    public override IValueNode ValueToLiteral(object value)
    {
        var number = (double)Serialize(value);
        return double.IsInteger(number) && Math.Abs(number) < 1e21
            ? new IntValueNode { Value = number.ToString("0", CultureInfo.InvariantCulture) }
            : new FloatValueNode { Value = number.ToString("R", CultureInfo.InvariantCulture) };
    }
}
