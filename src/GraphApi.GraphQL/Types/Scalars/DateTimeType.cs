using System.Globalization;
using System.Text.RegularExpressions;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Scalars;

/// <summary>
/// An instant as an RFC 3339 date-time string. Results are written in UTC with milliseconds
/// (<c>2026-11-22T19:22:02.000Z</c>) so that clients compare them as text; inputs may carry any
/// offset and arrive in resolvers as <see cref="DateTimeOffset"/>.
/// </summary>
public sealed partial class DateTimeType : ScalarType
{
    /// <summary>The URL of the date-time scalar specification.</summary>
    public const string SpecificationUrl = "https://scalars.graphql.org/andimarek/date-time";

    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>Creates the scalar, pointing <c>@specifiedBy</c> at its specification.</summary>
    public DateTimeType()
        : base("DateTime", "The `DateTime` scalar represents an instant as an RFC 3339 date-time string, e.g. `2026-11-22T19:22:02.000Z`.")
    {
        SpecifiedByUrl = SpecificationUrl;
    }

    /// <summary>The shared instance.</summary>
    public static DateTimeType Instance { get; } = new();

    /// <inheritdoc />
    public override object Serialize(object value) => value switch
    {
        DateTimeOffset instant => instant.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture),
        DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime().ToString(UtcFormat, CultureInfo.InvariantCulture),
        // An unspecified kind is taken as UTC: that is what EF Core reads back from SQLite.
        DateTime utc => utc.ToString(UtcFormat, CultureInfo.InvariantCulture),
        string text when TryParse(text, out var parsed) => parsed.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture),
        _ => throw new GraphQLException($"DateTime cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object ParseValue(object value) => value is string text
        ? Parse(text, ValueInspector.Inspect(value))
        : throw new GraphQLException($"DateTime cannot represent a non string value: {ValueInspector.Inspect(value)}");

    /// <inheritdoc />
    public override object ParseLiteral(IValueNode literal) => literal is StringValueNode text
        ? Parse(text.Value, ValueInspector.Print(literal))
        : throw new GraphQLException($"DateTime cannot represent a non string value: {ValueInspector.Print(literal)}");

    /// <inheritdoc />
    public override IValueNode ValueToLiteral(object value) => new StringValueNode { Value = (string)Serialize(value) };

    private static DateTimeOffset Parse(string text, string shown) => TryParse(text, out var parsed)
        ? parsed
        : throw new GraphQLException($"DateTime cannot represent an invalid date-time string {shown}; expected RFC 3339, e.g. \"2026-11-22T19:22:02Z\".");

    private static bool TryParse(string text, out DateTimeOffset instant)
    {
        instant = default;
        return Rfc3339().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
