using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/KnownTypeNamesRule-test.ts; expectations are graphql-js 16.15's own output.
public class KnownTypeNamesRuleTests
{
    private static readonly KnownTypeNamesRule Rule = new();

    [Fact]
    public void KnownTypeNamesAreValid()
    {
        ExpectValid(
            Rule,
            @"
      query Foo(
        $var: String
        $required: [Int!]!
      ) {
        user(id: 4) {
          pets { ... on Pet { name }, ...PetFields, ... { name } }
        }
      }

      fragment PetFields on Pet {
        name
      }");
    }

    [Fact]
    public void UnknownTypeNamesAreInvalid()
    {
        ExpectErrors(
            Rule,
            @"
      query Foo($var: JumbledUpLetters) {
        user(id: 4) {
          name
          pets { ... on Badger { name }, ...PetFields }
        }
      }
      fragment PetFields on Peat {
        name
      }",
            Error("Unknown type \"JumbledUpLetters\".", (2, 23)),
            Error("Unknown type \"Badger\".", (5, 25)),
            Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (8, 29)));
    }

    [Fact]
    public void ReferenceTypesDefinedInsideTheSameDocument()
    {
        ExpectValid(
            Rule,
            @"
      union SomeUnion = SomeObject | AnotherObject

      type SomeObject implements SomeInterface {
        someScalar(arg: SomeInputObject): SomeScalar
      }

      type AnotherObject {
        foo(arg: SomeInputObject): String
      }

      type SomeInterface {
        someScalar(arg: SomeInputObject): SomeScalar
      }

      input SomeInputObject {
        someScalar: SomeScalar
      }

      scalar SomeScalar

      type RootQuery {
        someInterface: SomeInterface
        someUnion: SomeUnion
        someScalar: SomeScalar
        someObject: SomeObject
      }

      schema {
        query: RootQuery
      }");
    }

    [Fact]
    public void UnknownTypeReferencesInSdl()
    {
        ExpectErrors(
            Rule,
            @"
      type A {
        field(arg: B): C
      }
      extend type Human implements Being
      union U = Dog | Catt
      input I { f: Strin }",
            Error("Unknown type \"B\". Did you mean \"A\", \"I\", or \"U\"?", (3, 20)),
            Error("Unknown type \"C\". Did you mean \"A\", \"I\", or \"U\"?", (3, 24)),
            Error("Unknown type \"Being\". Did you mean \"Int\" or \"String\"?", (5, 36)),
            Error("Unknown type \"Catt\". Did you mean \"Cat\"?", (6, 23)),
            Error("Unknown type \"Strin\". Did you mean \"String\"?", (7, 20)));
    }
}
