using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/KnownDirectivesRule-test.ts; expectations are graphql-js 16.15's own output.
public class KnownDirectivesRuleTests
{
    private static readonly KnownDirectivesRule Rule = new();

    [Fact]
    public void WithNoDirectives()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      query Foo {
        name
        ...Frag
      }

      fragment Frag on Dog {
        name
      }");
    }

    [Fact]
    public void WithStandardDirectives()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      {
        human @skip(if: false) {
          name
          pets {
            ... on Dog @include(if: true) {
              name
            }
          }
        }
      }");
    }

    [Fact]
    public void WithUnknownDirective()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      {
        human @unknown(directive: ""value"") {
          name
        }
      }",
            Error("Unknown directive \"@unknown\".", (3, 15)));
    }

    [Fact]
    public void WithManyUnknownDirectives()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      {
        __typename @unknown
        human @unknown {
          name
          pets @unknown {
            name
          }
        }
      }",
            Error("Unknown directive \"@unknown\".", (3, 20)),
            Error("Unknown directive \"@unknown\".", (4, 15)),
            Error("Unknown directive \"@unknown\".", (6, 16)));
    }

    [Fact]
    public void WithWellPlacedDirectives()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      query ($var: Boolean @onVariableDefinition) @onQuery {
        human @onField {
          ...Frag @onFragmentSpread
          ... @onInlineFragment {
            name @onField
          }
        }
      }

      mutation @onMutation {
        someField @onField
      }

      subscription @onSubscription {
        someField @onField
      }

      fragment Frag on Human @onFragmentDefinition {
        name @onField
      }");
    }

    [Fact]
    public void WithMisplacedDirectives()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      query ($var: Boolean @onQuery) @onMutation {
        human @onQuery {
          ...Frag @onQuery
          ... @onQuery {
            name @onQuery
          }
        }
      }

      mutation @onQuery {
        someField @onQuery
      }

      subscription @onQuery {
        someField @onQuery
      }

      fragment Frag on Human @onQuery {
        name @onQuery
      }",
            Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (2, 28)),
            Error("Directive \"@onMutation\" may not be used on QUERY.", (2, 38)),
            Error("Directive \"@onQuery\" may not be used on FIELD.", (3, 15)),
            Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (4, 19)),
            Error("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", (5, 15)),
            Error("Directive \"@onQuery\" may not be used on FIELD.", (6, 18)),
            Error("Directive \"@onQuery\" may not be used on MUTATION.", (11, 16)),
            Error("Directive \"@onQuery\" may not be used on FIELD.", (12, 19)),
            Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (15, 20)),
            Error("Directive \"@onQuery\" may not be used on FIELD.", (16, 19)),
            Error("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", (19, 30)),
            Error("Directive \"@onQuery\" may not be used on FIELD.", (20, 14)));
    }

    [Fact]
    public void WithinSdlDirectives()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.DirectiveSchema, Rule,
            @"
      directive @onSchema on SCHEMA
      directive @onObject on OBJECT
      type MyObj implements MyInterface @onObject @onSchema {
        myField(myArg: Int @onField): String @onField
      }
      extend type MyObj @onObject
      input MyInput @onObject {
        myField: Int @onField
      }
      extend input MyInput { other: Int @onField }
      enum MyEnum @onField { MY_VALUE @onField }
      schema @onSchema @onObject { query: MyQuery }",
            Error("Directive \"@onSchema\" may not be used on OBJECT.", (4, 51)),
            Error("Directive \"@onField\" may not be used on ARGUMENT_DEFINITION.", (5, 28)),
            Error("Directive \"@onField\" may not be used on FIELD_DEFINITION.", (5, 46)),
            Error("Directive \"@onObject\" may not be used on INPUT_OBJECT.", (8, 21)),
            Error("Directive \"@onField\" may not be used on INPUT_FIELD_DEFINITION.", (9, 22)),
            Error("Directive \"@onField\" may not be used on ARGUMENT_DEFINITION.", (11, 41)),
            Error("Directive \"@onField\" may not be used on ENUM.", (12, 19)),
            Error("Directive \"@onField\" may not be used on ENUM_VALUE.", (12, 39)),
            Error("Directive \"@onObject\" may not be used on SCHEMA.", (13, 24)));
    }
}
