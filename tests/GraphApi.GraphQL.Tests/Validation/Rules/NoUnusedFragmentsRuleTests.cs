using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/NoUnusedFragmentsRule-test.ts; expectations are graphql-js 16.15's own output.
public class NoUnusedFragmentsRuleTests
{
    private static readonly NoUnusedFragmentsRule Rule = new();

    [Fact]
    public void AllFragmentNamesAreUsed()
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
    public void AllFragmentNamesAreUsedByMultipleOperations()
    {
        ExpectValid(
            Rule,
            @"
      query Foo {
        human(id: 4) {
          ...HumanFields1
        }
      }
      query Bar {
        human(id: 4) {
          ...HumanFields2
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
    public void ContainsUnknownFragments()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo {
        human(id: 4) {
          ...HumanFields1
        }
      }
      query Bar {
        human(id: 4) {
          ...HumanFields2
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
      }
      fragment Unused1 on Human {
        name
      }
      fragment Unused2 on Human {
        name
      }",
            Error("Fragment \"Unused1\" is never used.", (22, 7)),
            Error("Fragment \"Unused2\" is never used.", (25, 7)));
    }

    [Fact]
    public void ContainsUnknownFragmentsWithRefCycle()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo {
        human(id: 4) {
          ...HumanFields1
        }
      }
      fragment HumanFields1 on Human {
        name
      }
      fragment Unused1 on Human {
        name
        ...Unused2
      }
      fragment Unused2 on Human {
        name
        ...Unused1
      }",
            Error("Fragment \"Unused1\" is never used.", (10, 7)),
            Error("Fragment \"Unused2\" is never used.", (14, 7)));
    }

    [Fact]
    public void ContainsUnknownAndUndefFragments()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo {
        human(id: 4) {
          ...bar
        }
      }
      fragment foo on Human {
        name
      }",
            Error("Fragment \"foo\" is never used.", (7, 7)));
    }
}
