using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/NoFragmentCyclesRule-test.ts; expectations are graphql-js 16.15's own output.
public class NoFragmentCyclesRuleTests
{
    private static readonly NoFragmentCyclesRule Rule = new();

    [Fact]
    public void SingleReferenceIsValid()
    {
        ExpectValid(
            Rule,
            @"
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { name }");
    }

    [Fact]
    public void SpreadingTwiceIsNotCircular()
    {
        ExpectValid(
            Rule,
            @"
      fragment fragA on Dog { ...fragB, ...fragB }
      fragment fragB on Dog { name }");
    }

    [Fact]
    public void SpreadingTwiceIndirectlyIsNotCircular()
    {
        ExpectValid(
            Rule,
            @"
      fragment fragA on Dog { ...fragB, ...fragC }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { name }");
    }

    [Fact]
    public void DoubleSpreadWithinAbstractTypes()
    {
        ExpectValid(
            Rule,
            @"
      fragment nameFragment on Pet {
        ... on Dog { name }
        ... on Cat { name }
      }
      fragment spreadsInAnon on Pet {
        ... on Dog { ...nameFragment }
        ... on Cat { ...nameFragment }
      }");
    }

    [Fact]
    public void DoesNotFalsePositiveOnUnknownFragment()
    {
        ExpectValid(
            Rule,
            @"
      fragment nameFragment on Pet {
        ...UnknownFragment
      }");
    }

    [Fact]
    public void SpreadingRecursivelyWithinFieldFails()
    {
        ExpectErrors(
            Rule,
            @"
      fragment fragA on Human { relatives { ...fragA } },",
            Error("Cannot spread fragment \"fragA\" within itself.", (2, 45)));
    }

    [Fact]
    public void NoSpreadingItselfDirectly()
    {
        ExpectErrors(
            Rule,
            @"
      fragment fragA on Dog { ...fragA }",
            Error("Cannot spread fragment \"fragA\" within itself.", (2, 31)));
    }

    [Fact]
    public void NoSpreadingItselfDirectlyWithinInlineFragment()
    {
        ExpectErrors(
            Rule,
            @"
      fragment fragA on Pet {
        ... on Dog {
          ...fragA
        }
      }",
            Error("Cannot spread fragment \"fragA\" within itself.", (4, 11)));
    }

    [Fact]
    public void NoSpreadingItselfIndirectly()
    {
        ExpectErrors(
            Rule,
            @"
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragA }",
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (2, 31), (3, 31)));
    }

    [Fact]
    public void NoSpreadingItselfIndirectlyReportsOppositeOrder()
    {
        ExpectErrors(
            Rule,
            @"
      fragment fragB on Dog { ...fragA }
      fragment fragA on Dog { ...fragB }",
            Error("Cannot spread fragment \"fragB\" within itself via \"fragA\".", (2, 31), (3, 31)));
    }

    [Fact]
    public void NoSpreadingItselfDeeply()
    {
        ExpectErrors(
            Rule,
            @"
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { ...fragO }
      fragment fragX on Dog { ...fragY }
      fragment fragY on Dog { ...fragZ }
      fragment fragZ on Dog { ...fragO }
      fragment fragO on Dog { ...fragP }
      fragment fragP on Dog { ...fragA, ...fragX }",
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (2, 31), (3, 31), (4, 31), (8, 31), (9, 31)),
            Error("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (8, 31), (9, 41), (5, 31), (6, 31), (7, 31)));
    }

    [Fact]
    public void NoSpreadingItselfDeeplyTwoPaths()
    {
        ExpectErrors(
            Rule,
            @"
      fragment fragA on Dog { ...fragB, ...fragC }
      fragment fragB on Dog { ...fragA }
      fragment fragC on Dog { ...fragA }",
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (2, 31), (3, 31)),
            Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (2, 41), (4, 31)));
    }

    [Fact]
    public void NoSpreadingItselfDeeplyTwoPathsAltTraverseOrder()
    {
        ExpectErrors(
            Rule,
            @"
      fragment fragA on Dog { ...fragC }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { ...fragA, ...fragB }",
            Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (2, 31), (4, 31)),
            Error("Cannot spread fragment \"fragC\" within itself via \"fragB\".", (4, 41), (3, 31)));
    }

    [Fact]
    public void NoSpreadingItselfDeeplyAndImmediately()
    {
        ExpectErrors(
            Rule,
            @"
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragB, ...fragC }
      fragment fragC on Dog { ...fragA, ...fragB }",
            Error("Cannot spread fragment \"fragB\" within itself.", (3, 31)),
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (2, 31), (3, 41), (4, 31)),
            Error("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (3, 41), (4, 41)));
    }
}
