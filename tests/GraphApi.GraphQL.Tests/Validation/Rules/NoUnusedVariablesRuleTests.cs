using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/NoUnusedVariablesRule-test.ts; expectations are graphql-js 16.15's own output.
public class NoUnusedVariablesRuleTests
{
    private static readonly NoUnusedVariablesRule Rule = new();

    [Fact]
    public void UsesAllVariables()
    {
        ExpectValid(
            Rule,
            @"
      query ($a: String, $b: String, $c: String) {
        field(a: $a, b: $b, c: $c)
      }");
    }

    [Fact]
    public void UsesAllVariablesDeeplyInInlineFragments()
    {
        ExpectValid(
            Rule,
            @"
      query Foo($a: String, $b: String, $c: String) {
        ... on Type {
          field(a: $a) {
            field(b: $b) {
              ... on Type {
                field(c: $c)
              }
            }
          }
        }
      }");
    }

    [Fact]
    public void VariableUsedByRecursiveFragment()
    {
        ExpectValid(
            Rule,
            @"
      query Foo($a: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a) {
          ...FragA
        }
      }");
    }

    [Fact]
    public void VariableNotUsed()
    {
        ExpectErrors(
            Rule,
            @"
      query ($a: String, $b: String, $c: String) {
        field(a: $a, b: $b)
      }",
            Error("Variable \"$c\" is never used.", (2, 38)));
    }

    [Fact]
    public void MultipleVariablesNotUsed()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo($a: String, $b: String, $c: String) {
        field(b: $b)
      }",
            Error("Variable \"$a\" is never used in operation \"Foo\".", (2, 17)),
            Error("Variable \"$c\" is never used in operation \"Foo\".", (2, 41)));
    }

    [Fact]
    public void VariableNotUsedInFragments()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo($a: String, $b: String, $c: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a) {
          ...FragB
        }
      }
      fragment FragB on Type {
        field(b: $b) {
          ...FragC
        }
      }
      fragment FragC on Type {
        field
      }",
            Error("Variable \"$c\" is never used in operation \"Foo\".", (2, 41)));
    }

    [Fact]
    public void VariableNotUsedByUnreferencedFragment()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo($b: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a)
      }
      fragment FragB on Type {
        field(b: $b)
      }",
            Error("Variable \"$b\" is never used in operation \"Foo\".", (2, 17)));
    }

    [Fact]
    public void VariableNotUsedByFragmentUsedByOtherOperation()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo($b: String) {
        ...FragA
      }
      query Bar($a: String) {
        ...FragB
      }
      fragment FragA on Type {
        field(a: $a)
      }
      fragment FragB on Type {
        field(b: $b)
      }",
            Error("Variable \"$b\" is never used in operation \"Foo\".", (2, 17)),
            Error("Variable \"$a\" is never used in operation \"Bar\".", (5, 17)));
    }
}
