using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/UniqueOperationNamesRule-test.ts; expectations are graphql-js 16.15's own output.
public class UniqueOperationNamesRuleTests
{
    private static readonly UniqueOperationNamesRule Rule = new();

    [Fact]
    public void NoOperations()
    {
        ExpectValid(
            Rule,
            @"
      fragment fragA on Type {
        field
      }");
    }

    [Fact]
    public void OneAnonOperation()
    {
        ExpectValid(
            Rule,
            @"
      {
        field
      }");
    }

    [Fact]
    public void MultipleOperations()
    {
        ExpectValid(
            Rule,
            @"
      query Foo {
        field
      }

      query Bar {
        field
      }");
    }

    [Fact]
    public void FragmentAndOperationNamedTheSame()
    {
        ExpectValid(
            Rule,
            @"
      query Foo {
        ...Foo
      }
      fragment Foo on Type {
        field
      }");
    }

    [Fact]
    public void MultipleOperationsOfSameName()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo {
        fieldA
      }
      query Foo {
        fieldB
      }",
            Error("There can be only one operation named \"Foo\".", (2, 13), (5, 13)));
    }

    [Fact]
    public void MultipleOpsOfSameNameOfDifferentTypes()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo {
        fieldA
      }
      mutation Foo {
        fieldB
      }
      subscription Foo {
        fieldC
      }",
            Error("There can be only one operation named \"Foo\".", (2, 13), (5, 16)),
            Error("There can be only one operation named \"Foo\".", (2, 13), (8, 20)));
    }
}
