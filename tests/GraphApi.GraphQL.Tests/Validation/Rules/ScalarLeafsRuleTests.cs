using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/ScalarLeafsRule-test.ts; expectations are graphql-js 16.15's own output.
public class ScalarLeafsRuleTests
{
    private static readonly ScalarLeafsRule Rule = new();

    [Fact]
    public void ValidScalarSelection()
    {
        ExpectValid(
            Rule,
            @"
      fragment scalarSelection on Dog {
        barks
      }");
    }

    [Fact]
    public void ObjectTypeMissingSelection()
    {
        ExpectErrors(
            Rule,
            @"
      query directQueryOnObjectWithoutSubFields {
        human
      }",
            Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (3, 9)));
    }

    [Fact]
    public void InterfaceTypeMissingSelection()
    {
        ExpectErrors(
            Rule,
            @"
      {
        human { pets }
      }",
            Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (3, 17)));
    }

    [Fact]
    public void ValidScalarSelectionWithArgs()
    {
        ExpectValid(
            Rule,
            @"
      fragment scalarSelectionWithArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
      }");
    }

    [Fact]
    public void ScalarSelectionNotAllowedOnBoolean()
    {
        ExpectErrors(
            Rule,
            @"
      fragment scalarSelectionsNotAllowedOnBoolean on Dog {
        barks { sinceWhen }
      }",
            Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (3, 15)));
    }

    [Fact]
    public void ScalarSelectionNotAllowedOnEnum()
    {
        ExpectErrors(
            Rule,
            @"
      fragment scalarSelectionsNotAllowedOnEnum on Cat {
        furColor { inHexDec }
      }",
            Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (3, 18)));
    }

    [Fact]
    public void ScalarSelectionNotAllowedWithArgs()
    {
        ExpectErrors(
            Rule,
            @"
      fragment scalarSelectionsNotAllowedWithArgs on Dog {
        doesKnowCommand(dogCommand: SIT) { sinceWhen }
      }",
            Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (3, 42)));
    }

    [Fact]
    public void ScalarSelectionNotAllowedWithDirectivesAndArgs()
    {
        ExpectErrors(
            Rule,
            @"
      fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
        name(surname: true) @include(if: true) { isAlsoHumanName }
      }",
            Error("Field \"name\" must not have a selection since type \"String\" has no subfields.", (3, 48)));
    }

    [Fact]
    public void ObjectTypeWithEmptySelectionSetIsNotParsedButNestedListsAre()
    {
        ExpectValid(
            Rule,
            @"
      {
        human { relatives { name } }
      }");
    }
}
