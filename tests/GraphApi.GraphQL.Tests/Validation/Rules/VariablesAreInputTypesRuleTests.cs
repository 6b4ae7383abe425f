using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/VariablesAreInputTypesRule-test.ts; expectations are graphql-js 16.15's own output.
public class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void UnknownTypesAreIgnored()
    {
        ExpectValid(
            Rule,
            @"
      query Foo($a: Unknown, $b: [[Unknown!]]!) {
        field(a: $a, b: $b)
      }");
    }

    [Fact]
    public void InputTypesAreValid()
    {
        ExpectValid(
            Rule,
            @"
      query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
        field(a: $a, b: $b, c: $c)
      }");
    }

    [Fact]
    public void OutputTypesAreInvalid()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
        field(a: $a, b: $b, c: $c)
      }",
            Error("Variable \"$a\" cannot be non-input type \"Dog\".", (2, 21)),
            Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (2, 30)),
            Error("Variable \"$c\" cannot be non-input type \"Pet\".", (2, 50)));
    }
}
