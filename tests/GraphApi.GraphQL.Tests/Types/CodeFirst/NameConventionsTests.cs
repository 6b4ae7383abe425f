using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.GraphQL.Tests.Types.CodeFirst;

public sealed class NameConventionsTests
{
    [Theory]
    [InlineData("Title", "title")]
    [InlineData("RequestNumber", "requestNumber")]
    [InlineData("URL", "url")]
    [InlineData("IOStream", "ioStream")]
    [InlineData("id", "id")]
    [InlineData("X", "x")]
    public void Camel_case(string name, string expected) => Assert.Equal(expected, NameConventions.CamelCase(name));

    [Theory]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("WaitingOnCustomer", "WAITING_ON_CUSTOMER")]
    [InlineData("HTTPStatus", "HTTP_STATUS")]
    [InlineData("Level2Support", "LEVEL2_SUPPORT")]
    [InlineData("NEW", "NEW")]
    [InlineData("Already_Available", "ALREADY_AVAILABLE")]
    public void Upper_snake_case(string name, string expected) => Assert.Equal(expected, NameConventions.UpperSnakeCase(name));

    [Fact]
    public void Generic_type_names_put_their_arguments_first() =>
        Assert.Equal("TicketEdge", NameConventions.TypeName(typeof(Edge<Ticket>)));

    private sealed record Edge<T>(T Node);
}
