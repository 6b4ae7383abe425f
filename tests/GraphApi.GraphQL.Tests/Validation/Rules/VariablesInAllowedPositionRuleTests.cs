using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/VariablesInAllowedPositionRule-test.ts; expectations are graphql-js 16.15's own output.
public class VariablesInAllowedPositionRuleTests
{
    private static readonly VariablesInAllowedPositionRule Rule = new();

    [Fact]
    public void BooleanToBoolean()
    {
        ExpectValid(
            Rule,
            @"
      query Query($booleanArg: Boolean)
      {
        complicatedArgs {
          booleanArgField(booleanArg: $booleanArg)
        }
      }");
    }

    [Fact]
    public void NonNullBooleanToBoolean()
    {
        ExpectValid(
            Rule,
            @"
      query Query($nonNullBooleanArg: Boolean!)
      {
        complicatedArgs {
          booleanArgField(booleanArg: $nonNullBooleanArg)
        }
      }");
    }

    [Fact]
    public void IntToNonNullIntWithDefault()
    {
        ExpectValid(
            Rule,
            @"
      query Query($intArg: Int = 1)
      {
        complicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intArg)
        }
      }");
    }

    [Fact]
    public void StringListToStringList()
    {
        ExpectValid(
            Rule,
            @"
      query Query($stringListVar: [String])
      {
        complicatedArgs {
          stringListArgField(stringListArg: $stringListVar)
        }
      }");
    }

    [Fact]
    public void NonNullStringListToStringList()
    {
        ExpectValid(
            Rule,
            @"
      query Query($stringListVar: [String!])
      {
        complicatedArgs {
          stringListArgField(stringListArg: $stringListVar)
        }
      }");
    }

    [Fact]
    public void StringToStringListInItemPosition()
    {
        ExpectValid(
            Rule,
            @"
      query Query($stringVar: String)
      {
        complicatedArgs {
          stringListArgField(stringListArg: [$stringVar])
        }
      }");
    }

    [Fact]
    public void ComplexInputToComplexInput()
    {
        ExpectValid(
            Rule,
            @"
      query Query($complexVar: ComplexInput)
      {
        complicatedArgs {
          complexArgField(complexArg: $complexVar)
        }
      }");
    }

    [Fact]
    public void ComplexInputToComplexInputInFieldPosition()
    {
        ExpectValid(
            Rule,
            @"
      query Query($boolVar: Boolean = false)
      {
        complicatedArgs {
          complexArgField(complexArg: {requiredArg: $boolVar})
        }
      }");
    }

    [Fact]
    public void NonNullBooleanToNonNullBooleanInDirective()
    {
        ExpectValid(
            Rule,
            @"
      query Query($boolVar: Boolean!)
      {
        dog @include(if: $boolVar)
      }");
    }

    [Fact]
    public void IntToNonNullInt()
    {
        ExpectErrors(
            Rule,
            @"
      query Query($intArg: Int)
      {
        complicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intArg)
        }
      }",
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (2, 19), (5, 45)));
    }

    [Fact]
    public void StringOverBoolean()
    {
        ExpectErrors(
            Rule,
            @"
      query Query($stringVar: String)
      {
        complicatedArgs {
          booleanArgField(booleanArg: $stringVar)
        }
      }",
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (2, 19), (5, 39)));
    }

    [Fact]
    public void StringToStringList()
    {
        ExpectErrors(
            Rule,
            @"
      query Query($stringVar: String)
      {
        complicatedArgs {
          stringListArgField(stringListArg: $stringVar)
        }
      }",
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (2, 19), (5, 45)));
    }

    [Fact]
    public void BooleanToNonNullBooleanInDirective()
    {
        ExpectErrors(
            Rule,
            @"
      query Query($boolVar: Boolean)
      {
        dog @include(if: $boolVar)
      }",
            Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (2, 19), (4, 26)));
    }

    [Fact]
    public void StringToNonNullBooleanInDirective()
    {
        ExpectErrors(
            Rule,
            @"
      query Query($stringVar: String)
      {
        dog @include(if: $stringVar)
      }",
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (2, 19), (4, 26)));
    }

    [Fact]
    public void StringListToNonNullStringList()
    {
        ExpectErrors(
            Rule,
            @"
      query Query($stringListVar: [String])
      {
        complicatedArgs {
          stringListNonNullArgField(stringListNonNullArg: $stringListVar)
        }
      }",
            Error("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (2, 19), (5, 59)));
    }

    [Fact]
    public void NullableDefaultNullToNonNull()
    {
        ExpectErrors(
            Rule,
            @"
      query Query($intVar: Int = null)
      {
        complicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intVar)
        }
      }",
            Error("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (2, 19), (5, 45)));
    }

    [Fact]
    public void NullableToNonNullFieldWithDefault()
    {
        ExpectValid(
            Rule,
            @"
      query Query($intVar: Int)
      {
        complicatedArgs {
          nonNullFieldWithDefault(arg: $intVar)
        }
      }");
    }

    [Fact]
    public void BooleanToNonNullArgWithDefault()
    {
        ExpectErrors(
            Rule,
            @"
      query Query($boolVar: Boolean = false)
      {
        complicatedArgs {
          nonNullIntArgField(nonNullIntArg: $boolVar)
        }
      }",
            Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Int!\".", (2, 19), (5, 45)));
    }

    [Fact]
    public void NonNullVariableIntoOneOf()
    {
        ExpectValid(
            Rule,
            @"
      query Query($string: String!)
      {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: $string })
        }
      }");
    }

    [Fact]
    public void NullableVariableIntoOneOf()
    {
        ExpectErrors(
            Rule,
            @"
      query Query($string: String)
      {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: $string })
        }
      }",
            Error("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (2, 19), (5, 50)));
    }

    [Fact]
    public void IntToNonNullIntWithinFragment()
    {
        ExpectErrors(
            Rule,
            @"
      fragment nonNullIntArgFieldFrag on ComplicatedArgs {
        nonNullIntArgField(nonNullIntArg: $intArg)
      }

      query Query($intArg: Int) {
        complicatedArgs {
          ...nonNullIntArgFieldFrag
        }
      }",
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (6, 19), (3, 43)));
    }

    [Fact]
    public void IntToNonNullIntWithinNestedFragment()
    {
        ExpectErrors(
            Rule,
            @"
      fragment outerFrag on ComplicatedArgs {
        ...nonNullIntArgFieldFrag
      }

      fragment nonNullIntArgFieldFrag on ComplicatedArgs {
        nonNullIntArgField(nonNullIntArg: $intArg)
      }

      query Query($intArg: Int) {
        complicatedArgs {
          ...outerFrag
        }
      }",
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (10, 19), (7, 43)));
    }
}
