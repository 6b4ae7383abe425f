using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/ProvidedRequiredArgumentsRule-test.ts; expectations are graphql-js 16.15's own output.
public class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ProvidedRequiredArgumentsRule Rule = new();

    [Fact]
    public void IgnoresUnknownArguments()
    {
        ExpectValid(
            Rule,
            @"
      {
        dog {
          isHouseTrained(unknownArgument: true)
        }
      }");
    }

    [Fact]
    public void ArgOnOptionalArg()
    {
        ExpectValid(
            Rule,
            @"
      {
        dog {
          isHouseTrained(atOtherHomes: true)
        }
      }");
    }

    [Fact]
    public void NoArgOnOptionalArg()
    {
        ExpectValid(
            Rule,
            @"
      {
        dog {
          isHouseTrained
        }
      }");
    }

    [Fact]
    public void NoArgOnNonNullFieldWithDefault()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          nonNullFieldWithDefault
        }
      }");
    }

    [Fact]
    public void MultipleArgs()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          multipleReqs(req1: 1, req2: 2)
        }
      }");
    }

    [Fact]
    public void MultipleArgsReverseOrder()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          multipleReqs(req2: 2, req1: 1)
        }
      }");
    }

    [Fact]
    public void NoArgsOnMultipleOptional()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          multipleOpts
        }
      }");
    }

    [Fact]
    public void OneArgOnMultipleOptional()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          multipleOpts(opt1: 1)
        }
      }");
    }

    [Fact]
    public void SecondArgOnMultipleOptional()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          multipleOpts(opt2: 1)
        }
      }");
    }

    [Fact]
    public void MultipleRequiredArgsOnMixedList()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          multipleOptAndReq(req1: 3, req2: 4)
        }
      }");
    }

    [Fact]
    public void MultipleRequiredAndOneOptionalArgOnMixedList()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
        }
      }");
    }

    [Fact]
    public void AllRequiredAndOptionalArgsOnMixedList()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
        }
      }");
    }

    [Fact]
    public void MissingOneNonNullableArgument()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          multipleReqs(req2: 2)
        }
      }",
            Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (4, 11)));
    }

    [Fact]
    public void MissingMultipleNonNullableArguments()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          multipleReqs
        }
      }",
            Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (4, 11)),
            Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (4, 11)));
    }

    [Fact]
    public void IncorrectValueAndMissingArgument()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          multipleReqs(req1: ""one"")
        }
      }",
            Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (4, 11)));
    }

    [Fact]
    public void IgnoresUnknownDirectives()
    {
        ExpectValid(
            Rule,
            @"
      {
        dog @unknown
      }");
    }

    [Fact]
    public void WithDirectivesOfValidTypes()
    {
        ExpectValid(
            Rule,
            @"
      {
        dog @include(if: true) {
          name
        }
        human @skip(if: false) {
          name
        }
      }");
    }

    [Fact]
    public void WithDirectiveWithMissingTypes()
    {
        ExpectErrors(
            Rule,
            @"
      {
        dog @include {
          name @skip
        }
      }",
            Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 13)),
            Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (4, 16)));
    }

    [Fact]
    public void DirectiveDefinedInDocument()
    {
        ExpectErrors(
            Rule,
            @"
      directive @test(arg: String!, opt: Int = 1, other: [Int]!) on FIELD
      { dog @test }",
            Error("Directive \"@test\" argument \"arg\" of type \"String!\" is required, but it was not provided.", (3, 13)),
            Error("Directive \"@test\" argument \"other\" of type \"[Int]!\" is required, but it was not provided.", (3, 13)));
    }
}
