using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/LoneAnonymousOperationRule-test.ts; expectations are graphql-js 16.15's own output.
public class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

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
    public void AnonOperationWithFragment()
    {
        ExpectValid(
            Rule,
            @"
      {
        ...Foo
      }
      fragment Foo on Type {
        field
      }");
    }

    [Fact]
    public void MultipleAnonOperations()
    {
        ExpectErrors(
            Rule,
            @"
      {
        fieldA
      }
      {
        fieldB
      }",
            Error("This anonymous operation must be the only defined operation.", (2, 7)),
            Error("This anonymous operation must be the only defined operation.", (5, 7)));
    }

    [Fact]
    public void AnonOperationWithAMutation()
    {
        ExpectErrors(
            Rule,
            @"
      {
        fieldA
      }
      mutation Foo {
        fieldB
      }",
            Error("This anonymous operation must be the only defined operation.", (2, 7)));
    }
}
