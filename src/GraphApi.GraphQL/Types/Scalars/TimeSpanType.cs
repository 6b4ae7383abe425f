using System.Xml;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Scalars;

/// <summary>A duration as an ISO 8601 duration string (<c>PT4H</c>, <c>P1DT30M</c>), HotChocolate's <c>TimeSpan</c>.</summary>
public sealed class TimeSpanType() : ScalarType("TimeSpan", "The `TimeSpan` scalar represents a duration as an ISO 8601 duration string, e.g. `PT4H` or `P1DT30M`.")
{
    /// <summary>The shared instance.</summary>
    public static TimeSpanType Instance { get; } = new();

    /// <inheritdoc />
    public override object Serialize(object value) => value switch
    {
        TimeSpan span => XmlConvert.ToString(span),
        string text when TryParse(text, out var span) => XmlConvert.ToString(span),
        _ => throw new GraphQLException($"TimeSpan cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object ParseValue(object value) => value is string text && TryParse(text, out var span)
        ? span
        : throw new GraphQLException($"TimeSpan cannot represent value: {ValueInspector.Inspect(value)}; expected an ISO 8601 duration such as \"PT4H\".");

    /// <inheritdoc />
    public override object ParseLiteral(IValueNode literal) => literal is StringValueNode { Value: var text } && TryParse(text, out var span)
        ? span
        : throw new GraphQLException($"TimeSpan cannot represent value: {ValueInspector.Print(literal)}; expected an ISO 8601 duration such as \"PT4H\".");

    /// <inheritdoc />
    public override IValueNode ValueToLiteral(object value) => new StringValueNode { Value = (string)Serialize(value) };

    private static bool TryParse(string text, out TimeSpan span)
    {
        span = default;
        if (!text.StartsWith('P') && !text.StartsWith("-P", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            span = XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
