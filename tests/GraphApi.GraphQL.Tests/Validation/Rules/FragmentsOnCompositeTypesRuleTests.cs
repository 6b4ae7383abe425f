using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/FragmentsOnCompositeTypesRule-test.ts; expectations are graphql-js 16.15's own output.
public class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void ObjectIsValidFragmentType()
    {
        ExpectValid(
            Rule,
            @"
      fragment validFragment on Dog {
        barks
      }");
    }

    [Fact]
    public void InterfaceIsValidFragmentType()
    {
        ExpectValid(
            Rule,
            @"
      fragment validFragment on Pet {
        name
      }");
    }

    [Fact]
    public void ObjectIsValidInlineFragmentType()
    {
        ExpectValid(
            Rule,
            @"
      fragment validFragment on Pet {
        ... on Dog {
          barks
        }
      }");
    }

    [Fact]
    public void InlineFragmentWithoutTypeIsValid()
    {
        ExpectValid(
            Rule,
            @"
      fragment validFragment on Pet {
        ... {
          name
        }
      }");
    }

    [Fact]
    public void UnionIsValidFragmentType()
    {
        ExpectValid(
            Rule,
            @"
      fragment validFragment on CatOrDog {
        __typename
      }");
    }

    [Fact]
    public void ScalarIsInvalidFragmentType()
    {
        ExpectErrors(
            Rule,
            @"
      fragment scalarFragment on Boolean {
        bad
      }",
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (2, 34)));
    }

    [Fact]
    public void EnumIsInvalidFragmentType()
    {
        ExpectErrors(
            Rule,
            @"
      fragment scalarFragment on FurColor {
        bad
      }",
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (2, 34)));
    }

    [Fact]
    public void InputObjectIsInvalidFragmentType()
    {
        ExpectErrors(
            Rule,
            @"
      fragment inputFragment on ComplexInput {
        stringField
      }",
            Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (2, 33)));
    }

    [Fact]
    public void ScalarIsInvalidInlineFragmentType()
    {
        ExpectErrors(
            Rule,
            @"
      fragment invalidFragment on Pet {
        ... on String {
          barks
        }
      }",
            Error("Fragment cannot condition on non composite type \"String\".", (3, 16)));
    }

    [Fact]
    public void UnknownTypeIsIgnored()
    {
        ExpectValid(
            Rule,
            @"
      fragment unknownFragment on Unknown {
        ... on Whatever { a }
      }");
    }
}
