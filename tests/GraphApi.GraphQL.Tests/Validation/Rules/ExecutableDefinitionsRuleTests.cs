using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/ExecutableDefinitionsRule-test.ts; expectations are graphql-js 16.15's own output.
public class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void WithOnlyOperation()
    {
        ExpectValid(
            Rule,
            @"
      query Foo {
        dog {
          name
        }
      }");
    }

    [Fact]
    public void WithOperationAndFragment()
    {
        ExpectValid(
            Rule,
            @"
      query Foo {
        dog {
          name
          ...Frag
        }
      }

      fragment Frag on Dog {
        name
      }");
    }

    [Fact]
    public void WithTypeDefinition()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo {
        dog {
          name
        }
      }

      type Cow {
        name: String
      }

      extend type Dog {
        color: String
      }",
            Error("The \"Cow\" definition is not executable.", (8, 7)),
            Error("The \"Dog\" definition is not executable.", (12, 7)));
    }

    [Fact]
    public void WithSchemaDefinition()
    {
        ExpectErrors(
            Rule,
            @"
      schema {
        query: Query
      }

      type Query {
        test: String
      }

      extend schema @directive",
            Error("The schema definition is not executable.", (2, 7)),
            Error("The \"Query\" definition is not executable.", (6, 7)),
            Error("The schema definition is not executable.", (10, 7)));
    }
}
