using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/NoUndefinedVariablesRule-test.ts; expectations are graphql-js 16.15's own output.
public class NoUndefinedVariablesRuleTests
{
    private static readonly NoUndefinedVariablesRule Rule = new();

    [Fact]
    public void AllVariablesDefined()
    {
        ExpectValid(
            Rule,
            @"
      query Foo($a: String, $b: String, $c: String) {
        field(a: $a, b: $b, c: $c)
      }");
    }

    [Fact]
    public void AllVariablesDeeplyDefined()
    {
        ExpectValid(
            Rule,
            @"
      query Foo($a: String, $b: String, $c: String) {
        field(a: $a) {
          field(b: $b) {
            field(c: $c)
          }
        }
      }");
    }

    [Fact]
    public void AllVariablesInFragmentsDeeplyDefined()
    {
        ExpectValid(
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
        field(c: $c)
      }");
    }

    [Fact]
    public void VariableWithinRecursiveFragmentDefined()
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
    public void VariableNotDefined()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo($a: String, $b: String, $c: String) {
        field(a: $a, b: $b, c: $c, d: $d)
      }",
            Error("Variable \"$d\" is not defined by operation \"Foo\".", (3, 39), (2, 7)));
    }

    [Fact]
    public void VariableNotDefinedByUnNamedQuery()
    {
        ExpectErrors(
            Rule,
            @"
      {
        field(a: $a)
      }",
            Error("Variable \"$a\" is not defined.", (3, 18), (2, 7)));
    }

    [Fact]
    public void MultipleVariablesNotDefined()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo($b: String) {
        field(a: $a, b: $b, c: $c)
      }",
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (3, 18), (2, 7)),
            Error("Variable \"$c\" is not defined by operation \"Foo\".", (3, 32), (2, 7)));
    }

    [Fact]
    public void VariableInFragmentNotDefinedByUnNamedQuery()
    {
        ExpectErrors(
            Rule,
            @"
      {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a)
      }",
            Error("Variable \"$a\" is not defined.", (6, 18), (2, 7)));
    }

    [Fact]
    public void VariableInFragmentNotDefinedByOperation()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo($a: String, $b: String) {
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
        field(c: $c)
      }",
            Error("Variable \"$c\" is not defined by operation \"Foo\".", (16, 18), (2, 7)));
    }

    [Fact]
    public void MultipleVariablesInFragmentsNotDefined()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo($b: String) {
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
        field(c: $c)
      }",
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (6, 18), (2, 7)),
            Error("Variable \"$c\" is not defined by operation \"Foo\".", (16, 18), (2, 7)));
    }

    [Fact]
    public void SingleVariableInFragmentNotDefinedByMultipleOperations()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo($a: String) {
        ...FragAB
      }
      query Bar($a: String) {
        ...FragAB
      }
      fragment FragAB on Type {
        field(a: $a, b: $b)
      }",
            Error("Variable \"$b\" is not defined by operation \"Foo\".", (9, 25), (2, 7)),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", (9, 25), (5, 7)));
    }

    [Fact]
    public void VariablesInDirectivesAndNestedValues()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo {
        field(list: [$a, {x: $b}]) @include(if: $c) { f @skip(if: $d) }
      }",
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (3, 22), (2, 7)),
            Error("Variable \"$b\" is not defined by operation \"Foo\".", (3, 30), (2, 7)),
            Error("Variable \"$c\" is not defined by operation \"Foo\".", (3, 49), (2, 7)),
            Error("Variable \"$d\" is not defined by operation \"Foo\".", (3, 67), (2, 7)));
    }
}
