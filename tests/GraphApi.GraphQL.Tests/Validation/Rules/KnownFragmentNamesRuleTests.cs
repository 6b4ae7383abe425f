using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/KnownFragmentNamesRule-test.ts; expectations are graphql-js 16.15's own output.
public class KnownFragmentNamesRuleTests
{
    private static readonly KnownFragmentNamesRule Rule = new();

    [Fact]
    public void KnownFragmentNamesAreValid()
    {
        ExpectValid(
            Rule,
            @"
      {
        human(id: 4) {
          ...HumanFields1
          ... on Human {
            ...HumanFields2
          }
          ... {
            name
          }
        }
      }
      fragment HumanFields1 on Human {
        name
        ...HumanFields3
      }
      fragment HumanFields2 on Human {
        name
      }
      fragment HumanFields3 on Human {
        name
      }");
    }

    [Fact]
    public void UnknownFragmentNamesAreInvalid()
    {
        ExpectErrors(
            Rule,
            @"
      {
        human(id: 4) {
          ...UnknownFragment1
          ... on Human {
            ...UnknownFragment2
          }
        }
      }
      fragment HumanFields on Human {
        name
        ...UnknownFragment3
      }",
            Error("Unknown fragment \"UnknownFragment1\".", (4, 14)),
            Error("Unknown fragment \"UnknownFragment2\".", (6, 16)),
            Error("Unknown fragment \"UnknownFragment3\".", (12, 12)));
    }
}
