namespace GraphApi.GraphQL.Tests.Execution;

// Spec §6.4.1 CoerceArgumentValues and §6.1.2 CoerceVariableValues over the dog-and-cat schema; messages as graphql-js 16.15.
public sealed class ArgumentCoercionTests
{
    [Fact]
    public async Task A_variable_explicitly_null_for_a_non_null_argument_is_a_field_error() => Assert.Equal(
        """{"errors":[{"message":"Argument \"upTo\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":35}],"path":["count"],"extensions":{"code":"BAD_USER_INPUT"}}],"data":null}""",
        await ExecutionTestSchema.Execute("query ($n: Int = 3) { count(upTo: $n) }", new() { ["n"] = null }));

    [Fact]
    public async Task An_absent_variable_takes_the_variables_default() => Assert.Equal(
        """{"data":{"count":[1,2,3]}}""",
        await ExecutionTestSchema.Execute("query ($n: Int = 3) { count(upTo: $n) }"));

    [Fact]
    public async Task An_absent_variable_without_default_leaves_the_argument_default() => Assert.Equal(
        """{"data":{"dog":{"late":"late"}}}""",
        await ExecutionTestSchema.Execute("query ($ms: Int) { dog { late(ms: $ms) } }"));

    [Theory]
    [InlineData("{ dog { doesKnowCommand(dogCommand: SIT) } }", null, """{"data":{"dog":{"doesKnowCommand":true}}}""")]
    [InlineData("query ($c: DogCommand!) { dog { doesKnowCommand(dogCommand: $c) } }", "HEEL", """{"data":{"dog":{"doesKnowCommand":false}}}""")]
    [InlineData("query ($c: DogCommand!) { dog { doesKnowCommand(dogCommand: $c) } }", "JUMP", """{"errors":[{"message":"Variable \"$c\" got invalid value \"JUMP\"; Value \"JUMP\" does not exist in \"DogCommand\" enum.","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""")]
    public async Task Enums_are_given_by_name(string query, string? command, string expected) =>
        Assert.Equal(expected, await ExecutionTestSchema.Execute(query, new() { ["c"] = command }));

    [Theory]
    [InlineData("query ($f: Filter) { echo(filter: $f) }", """{"f":{"tags":"one"}}""", """{"data":{"echo":"{\"filter\":{\"minVolume\":0,\"tags\":[\"one\"]}}"}}""")]
    [InlineData("query ($f: Filter) { echo(filter: $f) }", """{"f":{"tags":[null]}}""", """{"errors":[{"message":"Variable \"$f\" got invalid value null at \"f.tags[0]\"; Expected non-nullable type \"String!\" not to be null.","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""")]
    [InlineData("query ($k: Key) { echo(key: $k) }", """{"k":{"id":null}}""", """{"errors":[{"message":"Variable \"$k\" got invalid value null at \"k.id\"; Field \"id\" must be non-null.","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""")]
    [InlineData("query ($v: Float) { echo(number: $v) }", """{"v":3}""", """{"data":{"echo":"{\"number\":3}"}}""")]
    [InlineData("query ($v: ID) { echo(id: $v) }", """{"v":3.5}""", """{"errors":[{"message":"Variable \"$v\" got invalid value 3.5; ID cannot represent value: 3.5","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""")]
    [InlineData("query ($v: Int) { echo(list: [$v, 2]) }", "{}", """{"data":{"echo":"{\"list\":[null,2]}"}}""")]
    [InlineData("query ($v: Int) { echo(list: [$v, 2]) }", """{"v":4}""", """{"data":{"echo":"{\"list\":[4,2]}"}}""")]
    [InlineData("query ($v: [Int]) { echo(list: $v) }", """{"v":9}""", """{"data":{"echo":"{\"list\":[9]}"}}""")]
    [InlineData("query ($v: [Int]) { echo(list: $v) }", """{"v":2147483648}""", """{"errors":[{"message":"Variable \"$v\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""")]
    public async Task Variables_from_json_are_coerced_to_their_types(string query, string variablesJson, string expected)
    {
        var variables = GraphQL.Execution.JsonInput.ToDictionary(System.Text.Json.JsonDocument.Parse(variablesJson).RootElement).ToDictionary();
        Assert.Equal(expected, await ExecutionTestSchema.Execute(query, variables));
    }
}
