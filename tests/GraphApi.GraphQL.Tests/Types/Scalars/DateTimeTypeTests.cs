using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Tests.Types.Scalars;

public sealed class DateTimeTypeTests
{
    private static readonly DateTimeType Scalar = DateTimeType.Instance;

    [Fact]
    public void Serializes_instants_in_utc_with_milliseconds()
    {
        Assert.Equal("2026-11-22T19:22:02.500Z", Scalar.Serialize(new DateTimeOffset(2026, 11, 22, 20, 22, 2, 500, TimeSpan.FromHours(1))));
        Assert.Equal("2026-11-22T19:22:02.000Z", Scalar.Serialize(new DateTime(2026, 11, 22, 19, 22, 2, DateTimeKind.Utc)));
        Assert.Equal("2026-11-22T19:22:02.000Z", Scalar.Serialize(new DateTime(2026, 11, 22, 19, 22, 2, DateTimeKind.Unspecified)));
    }

    [Fact]
    public void Parses_rfc3339_strings_with_any_offset()
    {
        var parsed = Assert.IsType<DateTimeOffset>(Scalar.ParseValue("2026-11-22T21:22:02.123+02:00"));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 19, 22, 2, 123, TimeSpan.Zero), parsed.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 19, 22, 2, TimeSpan.Zero), Scalar.ParseLiteral(new StringValueNode { Value = "2026-11-22T19:22:02Z" }));
    }

    [Theory]
    [InlineData("2026-11-22")]
    [InlineData("2026-11-22 19:22:02Z")]
    [InlineData("2026-11-22T19:22:02")]
    [InlineData("2026-13-22T19:22:02Z")]
    [InlineData("yesterday")]
    public void Rejects_what_is_not_an_rfc3339_date_time(string text)
    {
        var error = Assert.Throws<GraphQLException>(() => Scalar.ParseValue(text));
        Assert.Equal($"DateTime cannot represent an invalid date-time string \"{text}\"; expected RFC 3339, e.g. \"2026-11-22T19:22:02Z\".", error.Message);
    }

    [Fact]
    public void Rejects_non_strings()
    {
        Assert.Equal("DateTime cannot represent a non string value: 42", Assert.Throws<GraphQLException>(() => Scalar.ParseValue(42L)).Message);
        Assert.Equal("DateTime cannot represent a non string value: 42", Assert.Throws<GraphQLException>(() => Scalar.ParseLiteral(new IntValueNode { Value = "42" })).Message);
    }

    [Fact]
    public void Points_specified_by_at_the_scalar_spec() =>
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", Scalar.SpecifiedByUrl);
}
