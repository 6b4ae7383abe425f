using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/UniqueFragmentNamesRule-test.ts; expectations are graphql-js 16.15's own output.
public class UniqueFragmentNamesRuleTests
{
    private static readonly UniqueFragmentNamesRule Rule = new();

    [Fact]
    public void NoFragments()
    {
        ExpectValid(
            Rule,
            @"
      {
        field
      }");
    }

    [Fact]
    public void OneFragment()
    {
        ExpectValid(
            Rule,
            @"
      {
        ...fragA
      }

      fragment fragA on Type {
        field
      }");
    }

    [Fact]
    public void ManyFragments()
    {
        ExpectValid(
            Rule,
            @"
      {
        ...fragA
        ...fragB
        ...fragC
      }
      fragment fragA on Type {
        fieldA
      }
      fragment fragB on Type {
        fieldB
      }
      fragment fragC on Type {
        fieldC
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
    public void FragmentsNamedTheSame()
    {
        ExpectErrors(
            Rule,
            @"
      {
        ...fragA
      }
      fragment fragA on Type {
        fieldA
      }
      fragment fragA on Type {
        fieldB
      }",
            Error("There can be only one fragment named \"fragA\".", (5, 16), (8, 16)));
    }

    [Fact]
    public void FragmentsNamedTheSameWithoutBeingReferenced()
    {
        ExpectErrors(
            Rule,
            @"
      fragment fragA on Type {
        fieldA
      }
      fragment fragA on Type {
        fieldB
      }",
            Error("There can be only one fragment named \"fragA\".", (2, 16), (5, 16)));
    }
}
