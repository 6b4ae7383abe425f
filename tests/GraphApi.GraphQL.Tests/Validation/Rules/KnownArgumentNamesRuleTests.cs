using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/KnownArgumentNamesRule-test.ts; expectations are graphql-js 16.15's own output.
public class KnownArgumentNamesRuleTests
{
    private static readonly KnownArgumentNamesRule Rule = new();

    [Fact]
    public void SingleArgIsKnown()
    {
        ExpectValid(
            Rule,
            @"
      fragment argOnRequiredArg on Dog {
        doesKnowCommand(dogCommand: SIT)
      }");
    }

    [Fact]
    public void MultipleArgsAreKnown()
    {
        ExpectValid(
            Rule,
            @"
      fragment multipleArgs on ComplicatedArgs {
        multipleReqs(req1: 1, req2: 2)
      }");
    }

    [Fact]
    public void IgnoresArgsOfUnknownFields()
    {
        ExpectValid(
            Rule,
            @"
      fragment argOnUnknownField on Dog {
        unknownField(unknownArg: SIT)
      }");
    }

    [Fact]
    public void MultipleArgsInReverseOrderAreKnown()
    {
        ExpectValid(
            Rule,
            @"
      fragment multipleArgsReverseOrder on ComplicatedArgs {
        multipleReqs(req2: 2, req1: 1)
      }");
    }

    [Fact]
    public void NoArgsOnOptionalArg()
    {
        ExpectValid(
            Rule,
            @"
      fragment noArgOnOptionalArg on Dog {
        isHouseTrained
      }");
    }

    [Fact]
    public void ArgsAreKnownDeeply()
    {
        ExpectValid(
            Rule,
            @"
      {
        dog {
          doesKnowCommand(dogCommand: SIT)
        }
        human {
          pet {
            ... on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
          }
        }
      }");
    }

    [Fact]
    public void DirectiveArgsAreKnown()
    {
        ExpectValid(
            Rule,
            @"
      {
        dog @skip(if: true)
      }");
    }

    [Fact]
    public void FieldArgsAreInvalid()
    {
        ExpectErrors(
            Rule,
            @"
      {
        dog @skip(unless: true)
      }",
            Error("Unknown argument \"unless\" on directive \"@skip\".", (3, 19)));
    }

    [Fact]
    public void DirectiveWithoutArgsIsValid()
    {
        ExpectValid(
            Rule,
            @"
      {
        dog @onField
      }");
    }

    [Fact]
    public void ArgOnUnknownDirective()
    {
        ExpectValid(
            Rule,
            @"
      {
        dog @unknown(arg: true)
      }");
    }

    [Fact]
    public void MisspelledDirectiveArgsAreReported()
    {
        ExpectErrors(
            Rule,
            @"
      {
        dog @skip(iff: true)
      }",
            Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (3, 19)));
    }

    [Fact]
    public void InvalidArgName()
    {
        ExpectErrors(
            Rule,
            @"
      fragment invalidArgName on Dog {
        doesKnowCommand(unknown: true)
      }",
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 25)));
    }

    [Fact]
    public void MisspelledArgNameIsReported()
    {
        ExpectErrors(
            Rule,
            @"
      fragment invalidArgName on Dog {
        doesKnowCommand(DogCommand: true)
      }",
            Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (3, 25)));
    }

    [Fact]
    public void UnknownArgsAmongstKnownArgs()
    {
        ExpectErrors(
            Rule,
            @"
      fragment oneGoodArgOneInvalidArg on Dog {
        doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
      }",
            Error("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (3, 25)),
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 55)));
    }

    [Fact]
    public void UnknownArgsDeeply()
    {
        ExpectErrors(
            Rule,
            @"
      {
        dog {
          doesKnowCommand(unknown: true)
        }
        human {
          pet {
            ... on Dog {
              doesKnowCommand(unknown: true)
            }
          }
        }
      }",
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (4, 27)),
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (9, 31)));
    }

    [Fact]
    public void DirectiveDefinedInDocument()
    {
        ExpectErrors(
            Rule,
            @"
      directive @test(arg: String) on FIELD
      { dog @test(arg: """", other: """") }",
            Error("Unknown argument \"other\" on directive \"@test\".", (3, 28)));
    }
}
