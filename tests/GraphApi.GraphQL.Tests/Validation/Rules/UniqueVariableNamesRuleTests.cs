using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/UniqueVariableNamesRule-test.ts; expectations are graphql-js 16.15's own output.
public class UniqueVariableNamesRuleTests
{
    private static readonly UniqueVariableNamesRule Rule = new();

    [Fact]
    public void UniqueVariableNames()
    {
        ExpectValid(
            Rule,
            @"
      query A($x: Int, $y: String) { __typename }
      query B($x: String, $y: Int) { __typename }");
    }

    [Fact]
    public void DuplicateVariableNames()
    {
        ExpectErrors(
            Rule,
            @"
      query A($x: Int, $x: Int, $x: String) { __typename }
      query B($x: String, $x: Int) { __typename }
      query C($x: Int, $x: Int) { __typename }",
            Error("There can be only one variable named \"$x\".", (2, 16), (2, 25), (2, 34)),
            Error("There can be only one variable named \"$x\".", (3, 16), (3, 28)),
            Error("There can be only one variable named \"$x\".", (4, 16), (4, 25)));
    }
}
