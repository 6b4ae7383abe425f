using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Tests.Types.Scalars;

public sealed class LongTypeTests
{
    [Fact]
    public void Round_trips_64_bit_values()
    {
        Assert.Equal(9_007_199_254_740_993L, LongType.Instance.Serialize(9_007_199_254_740_993L));
        Assert.Equal(5_000_000_000L, LongType.Instance.ParseValue(5_000_000_000L));
        Assert.Equal(-5L, LongType.Instance.ParseLiteral(new IntValueNode { Value = "-5" }));
        Assert.Equal("5000000000", ((IntValueNode)LongType.Instance.ValueToLiteral(5_000_000_000L)).Value);
    }

    [Fact]
    public void Rejects_fractions_and_overflow()
    {
        Assert.Equal("Long cannot represent non-integer value: 1.5", Assert.Throws<GraphQLException>(() => LongType.Instance.ParseValue(1.5)).Message);
        Assert.Equal("Long cannot represent non-integer value: 99999999999999999999", Assert.Throws<GraphQLException>(() => LongType.Instance.ParseLiteral(new IntValueNode { Value = "99999999999999999999" })).Message);
    }
}
