using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/UniqueDirectivesPerLocationRule-test.ts; expectations are graphql-js 16.15's own output.
public class UniqueDirectivesPerLocationRuleTests
{
    private static readonly UniqueDirectivesPerLocationRule Rule = new();

    [Fact]
    public void NoDirectives()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      fragment Test on Type {
        field
      }");
    }

    [Fact]
    public void UniqueDirectivesInDifferentLocations()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      fragment Test on Type @directiveA {
        field @directiveB
      }");
    }

    [Fact]
    public void UniqueDirectivesInSameLocations()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      fragment Test on Type @directiveA @directiveB {
        field @directiveA @directiveB
      }");
    }

    [Fact]
    public void SameDirectivesInDifferentLocations()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      fragment Test on Type @directiveA {
        field @directiveA
      }");
    }

    [Fact]
    public void SameDirectivesInSimilarLocations()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      fragment Test on Type {
        field @directive
        field @directive
      }");
    }

    [Fact]
    public void RepeatableDirectivesInSameLocation()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      fragment Test on Type @repeatable @repeatable {
        field @repeatable @repeatable
      }");
    }

    [Fact]
    public void UnknownDirectivesMustBeIgnored()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      type Test @unknown @unknown {
        field: String! @unknown @unknown
      }

      extend type Test @unknown {
        anotherField: String!
      }");
    }

    [Fact]
    public void DuplicateDirectivesInOneLocation()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      fragment Test on Type {
        field @directive @directive
      }",
            Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)));
    }

    [Fact]
    public void ManyDuplicateDirectivesInOneLocation()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      fragment Test on Type {
        field @directive @directive @directive
      }",
            Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)),
            Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 37)));
    }

    [Fact]
    public void DifferentDuplicateDirectivesInOneLocation()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      fragment Test on Type {
        field @directiveA @directiveB @directiveA @directiveB
      }",
            Error("The directive \"@directiveA\" can only be used once at this location.", (3, 15), (3, 39)),
            Error("The directive \"@directiveB\" can only be used once at this location.", (3, 27), (3, 51)));
    }

    [Fact]
    public void DuplicateDirectivesInManyLocations()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      fragment Test on Type @directive @directive {
        field @directive @directive
      }",
            Error("The directive \"@directive\" can only be used once at this location.", (2, 29), (2, 40)),
            Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)));
    }

    [Fact]
    public void DuplicateDirectivesOnTypeAndExtension()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      directive @nonRepeatable on OBJECT
      type TestType @nonRepeatable
      extend type TestType @nonRepeatable
      extend schema @onSchema @onSchema",
            Error("The directive \"@nonRepeatable\" can only be used once at this location.", (3, 21), (4, 28)));
    }
}
