using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/MaxIntrospectionDepthRule-test.ts; expectations are graphql-js 16.15's own output.
public class MaxIntrospectionDepthRuleTests
{
    private static readonly MaxIntrospectionDepthRule Rule = new();

    [Fact]
    public void AllowsTwoNestedLists()
    {
        ExpectValid(
            Rule,
            @"
      {
        __schema {
          types {
            fields {
              type {
                fields { name }
              }
            }
          }
        }
      }");
    }

    [Fact]
    public void RejectsThreeNestedLists()
    {
        ExpectErrors(
            Rule,
            @"
      {
        __schema {
          types {
            fields {
              type {
                fields {
                  type {
                    fields { name }
                  }
                }
              }
            }
          }
        }
      }",
            Error("Maximum introspection depth exceeded", (3, 9)));
    }

    [Fact]
    public void RejectsDepthThroughFragments()
    {
        ExpectErrors(
            Rule,
            @"
      query {
        __type(name: ""Query"") {
          ...Fields
        }
      }
      fragment Fields on __Type {
        fields {
          type { ...Interfaces }
        }
      }
      fragment Interfaces on __Type {
        interfaces {
          possibleTypes { name }
        }
      }",
            Error("Maximum introspection depth exceeded", (3, 9)));
    }

    [Fact]
    public void DoesNotLoopOnRecursiveFragments()
    {
        ExpectValid(
            Rule,
            @"
      {
        __schema { types { ...T } }
      }
      fragment T on __Type { name ...T }");
    }
}
