using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/ValuesOfCorrectTypeRule-test.ts; expectations are graphql-js 16.15's own output.
public class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    [Fact]
    public void GoodIntValue()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          intArgField(intArg: 2)
        }
      }");
    }

    [Fact]
    public void GoodNegativeIntValue()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          intArgField(intArg: -2)
        }
      }");
    }

    [Fact]
    public void GoodBooleanValue()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          booleanArgField(booleanArg: true)
        }
      }");
    }

    [Fact]
    public void GoodStringValue()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          stringArgField(stringArg: ""foo"")
        }
      }");
    }

    [Fact]
    public void GoodFloatValue()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          floatArgField(floatArg: 1.1)
        }
      }");
    }

    [Fact]
    public void IntIntoFloat()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          floatArgField(floatArg: 1)
        }
      }");
    }

    [Fact]
    public void IntIntoID()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          idArgField(idArg: 1)
        }
      }");
    }

    [Fact]
    public void StringIntoID()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          idArgField(idArg: ""someIdString"")
        }
      }");
    }

    [Fact]
    public void GoodEnumValue()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          enumArgField(enumArg: SPOTTED)
        }
      }");
    }

    [Fact]
    public void NullIntoNullableType()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          intArgField(intArg: null)
        }
      }");
    }

    [Fact]
    public void IntIntoString()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          stringArgField(stringArg: 1)
        }
      }",
            Error("String cannot represent a non string value: 1", (4, 37)));
    }

    [Fact]
    public void FloatIntoString()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          stringArgField(stringArg: 1.0)
        }
      }",
            Error("String cannot represent a non string value: 1.0", (4, 37)));
    }

    [Fact]
    public void BooleanIntoString()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          stringArgField(stringArg: true)
        }
      }",
            Error("String cannot represent a non string value: true", (4, 37)));
    }

    [Fact]
    public void UnquotedStringIntoString()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          stringArgField(stringArg: BAR)
        }
      }",
            Error("String cannot represent a non string value: BAR", (4, 37)));
    }

    [Fact]
    public void StringIntoInt()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          intArgField(intArg: ""3"")
        }
      }",
            Error("Int cannot represent non-integer value: \"3\"", (4, 31)));
    }

    [Fact]
    public void BigIntIntoInt()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          intArgField(intArg: 829384293849283498239482938)
        }
      }",
            Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (4, 31)));
    }

    [Fact]
    public void UnquotedStringIntoInt()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          intArgField(intArg: FOO)
        }
      }",
            Error("Int cannot represent non-integer value: FOO", (4, 31)));
    }

    [Fact]
    public void SimpleFloatIntoInt()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          intArgField(intArg: 3.0)
        }
      }",
            Error("Int cannot represent non-integer value: 3.0", (4, 31)));
    }

    [Fact]
    public void FloatIntoInt()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          intArgField(intArg: 3.333)
        }
      }",
            Error("Int cannot represent non-integer value: 3.333", (4, 31)));
    }

    [Fact]
    public void StringIntoFloat()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          floatArgField(floatArg: ""3.333"")
        }
      }",
            Error("Float cannot represent non numeric value: \"3.333\"", (4, 35)));
    }

    [Fact]
    public void BooleanIntoFloat()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          floatArgField(floatArg: true)
        }
      }",
            Error("Float cannot represent non numeric value: true", (4, 35)));
    }

    [Fact]
    public void UnquotedIntoFloat()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          floatArgField(floatArg: FOO)
        }
      }",
            Error("Float cannot represent non numeric value: FOO", (4, 35)));
    }

    [Fact]
    public void IntIntoBoolean()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          booleanArgField(booleanArg: 2)
        }
      }",
            Error("Boolean cannot represent a non boolean value: 2", (4, 39)));
    }

    [Fact]
    public void FloatIntoBoolean()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          booleanArgField(booleanArg: 1.0)
        }
      }",
            Error("Boolean cannot represent a non boolean value: 1.0", (4, 39)));
    }

    [Fact]
    public void StringIntoBoolean()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          booleanArgField(booleanArg: ""true"")
        }
      }",
            Error("Boolean cannot represent a non boolean value: \"true\"", (4, 39)));
    }

    [Fact]
    public void UnquotedIntoBoolean()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          booleanArgField(booleanArg: TRUE)
        }
      }",
            Error("Boolean cannot represent a non boolean value: TRUE", (4, 39)));
    }

    [Fact]
    public void FloatIntoID()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          idArgField(idArg: 1.0)
        }
      }",
            Error("ID cannot represent a non-string and non-integer value: 1.0", (4, 29)));
    }

    [Fact]
    public void BooleanIntoID()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          idArgField(idArg: true)
        }
      }",
            Error("ID cannot represent a non-string and non-integer value: true", (4, 29)));
    }

    [Fact]
    public void UnquotedIntoID()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          idArgField(idArg: SOMETHING)
        }
      }",
            Error("ID cannot represent a non-string and non-integer value: SOMETHING", (4, 29)));
    }

    [Fact]
    public void IntIntoEnum()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          enumArgField(enumArg: 2)
        }
      }",
            Error("Enum \"FurColor\" cannot represent non-enum value: 2.", (4, 33)));
    }

    [Fact]
    public void FloatIntoEnum()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          enumArgField(enumArg: 1.0)
        }
      }",
            Error("Enum \"FurColor\" cannot represent non-enum value: 1.0.", (4, 33)));
    }

    [Fact]
    public void StringIntoEnum()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          enumArgField(enumArg: ""SPOTTED"")
        }
      }",
            Error("Enum \"FurColor\" cannot represent non-enum value: \"SPOTTED\". Did you mean the enum value \"SPOTTED\"?", (4, 33)));
    }

    [Fact]
    public void BooleanIntoEnum()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          enumArgField(enumArg: true)
        }
      }",
            Error("Enum \"FurColor\" cannot represent non-enum value: true.", (4, 33)));
    }

    [Fact]
    public void UnknownEnumValueIntoEnum()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          enumArgField(enumArg: JUGGLE)
        }
      }",
            Error("Value \"JUGGLE\" does not exist in \"FurColor\" enum.", (4, 33)));
    }

    [Fact]
    public void DifferentCaseEnumValueIntoEnum()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          enumArgField(enumArg: spotted)
        }
      }",
            Error("Value \"spotted\" does not exist in \"FurColor\" enum. Did you mean the enum value \"SPOTTED\"?", (4, 33)));
    }

    [Fact]
    public void GoodListValue()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          stringListArgField(stringListArg: [""one"", null, ""two""])
        }
      }");
    }

    [Fact]
    public void EmptyListValue()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          stringListArgField(stringListArg: [])
        }
      }");
    }

    [Fact]
    public void NullValue()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          stringListArgField(stringListArg: null)
        }
      }");
    }

    [Fact]
    public void SingleValueIntoList()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          stringListArgField(stringListArg: ""one"")
        }
      }");
    }

    [Fact]
    public void IncorrectItemType()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          stringListArgField(stringListArg: [""one"", 2])
        }
      }",
            Error("String cannot represent a non string value: 2", (4, 53)));
    }

    [Fact]
    public void SingleValueOfIncorrectType()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          stringListArgField(stringListArg: 1)
        }
      }",
            Error("String cannot represent a non string value: 1", (4, 45)));
    }

    [Fact]
    public void ArgOnOptionalArg()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          intArgField(intArg: 2)
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
    public void IncorrectValueType()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          multipleReqs(req2: ""two"", req1: ""one"")
        }
      }",
            Error("Int cannot represent non-integer value: \"two\"", (4, 30)),
            Error("Int cannot represent non-integer value: \"one\"", (4, 43)));
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
            Error("Int cannot represent non-integer value: \"one\"", (4, 30)));
    }

    [Fact]
    public void NullValueIntoNonNull()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          multipleReqs(req1: null)
        }
      }",
            Error("Expected value of type \"Int!\", found null.", (4, 30)));
    }

    [Fact]
    public void OptionalArgDespiteRequiredFieldInType()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          complexArgField
        }
      }");
    }

    [Fact]
    public void PartialObjectOnlyRequired()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          complexArgField(complexArg: { requiredField: true })
        }
      }");
    }

    [Fact]
    public void PartialObjectRequiredFieldCanBeFalsy()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          complexArgField(complexArg: { requiredField: false })
        }
      }");
    }

    [Fact]
    public void FullObjectWithFieldsInDifferentOrder()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          complexArgField(complexArg: {
            stringListField: [""one"", ""two""],
            booleanField: false,
            requiredField: true,
            stringField: ""foo"",
            intField: 4,
          })
        }
      }");
    }

    [Fact]
    public void PartialObjectMissingRequired()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          complexArgField(complexArg: { intField: 4 })
        }
      }",
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (4, 39)));
    }

    [Fact]
    public void PartialObjectInvalidFieldType()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          complexArgField(complexArg: {
            stringListField: [""one"", 2],
            requiredField: true,
          })
        }
      }",
            Error("String cannot represent a non string value: 2", (5, 38)));
    }

    [Fact]
    public void PartialObjectNullToNonNullField()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          complexArgField(complexArg: {
            requiredField: true,
            nonNullField: null,
          })
        }
      }",
            Error("Expected value of type \"Boolean!\", found null.", (6, 27)));
    }

    [Fact]
    public void PartialObjectUnknownFieldArg()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          complexArgField(complexArg: {
            requiredField: true,
            invalidField: ""value""
          })
        }
      }",
            Error("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (6, 13)));
    }

    [Fact]
    public void ObjectIntoScalar()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          stringArgField(stringArg: {a: 1})
        }
      }",
            Error("String cannot represent a non string value: {a: 1}", (4, 37)));
    }

    [Fact]
    public void ListIntoObject()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          complexArgField(complexArg: [1, 2])
        }
      }",
            Error("Expected value of type \"ComplexInput\", found [1, 2].", (4, 39)));
    }

    [Fact]
    public void ExactlyOneOneOfField()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: ""abc"" })
        }
      }");
    }

    [Fact]
    public void OneOfWithVariable()
    {
        ExpectValid(
            Rule,
            @"
      {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: $var })
        }
      }");
    }

    [Fact]
    public void OneOfWithTwoFields()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: ""abc"", intField: 123 })
        }
      }",
            Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (4, 35)));
    }

    [Fact]
    public void OneOfWithNullField()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: null })
        }
      }",
            Error("Field \"OneOfInput.stringField\" must be non-null.", (4, 35)));
    }

    [Fact]
    public void OneOfWithNoFields()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          oneOfArgField(oneOfArg: {})
        }
      }",
            Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (4, 35)));
    }

    [Fact]
    public void OneOfWithUnknownField()
    {
        ExpectErrors(
            Rule,
            @"
      {
        complicatedArgs {
          oneOfArgField(oneOfArg: { badField: 1 })
        }
      }",
            Error("Field \"badField\" is not defined by type \"OneOfInput\". Did you mean \"intField\"?", (4, 37)));
    }

    [Fact]
    public void DirectiveArgumentsWithCorrectTypes()
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
    public void DirectiveArgumentsWithIncorrectTypes()
    {
        ExpectErrors(
            Rule,
            @"
      {
        dog @include(if: ""yes"") {
          name @skip(if: ENUM)
        }
      }",
            Error("Boolean cannot represent a non boolean value: \"yes\"", (3, 26)),
            Error("Boolean cannot represent a non boolean value: ENUM", (4, 26)));
    }

    [Fact]
    public void VariablesWithValidDefaultValues()
    {
        ExpectValid(
            Rule,
            @"
      query WithDefaultValues(
        $a: Int = 1,
        $b: String = ""ok"",
        $c: ComplexInput = { requiredField: true, intField: 3 }
        $d: Int! = 123
      ) {
        dog { name }
      }");
    }

    [Fact]
    public void VariablesWithInvalidDefaultValues()
    {
        ExpectErrors(
            Rule,
            @"
      query InvalidDefaultValues(
        $a: Int = ""one"",
        $b: String = 4,
        $c: ComplexInput = ""NotVeryComplex""
      ) {
        dog { name }
      }",
            Error("Int cannot represent non-integer value: \"one\"", (3, 19)),
            Error("String cannot represent a non string value: 4", (4, 22)),
            Error("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", (5, 28)));
    }

    [Fact]
    public void ComplexVariablesMissingRequiredField()
    {
        ExpectErrors(
            Rule,
            @"
      query MissingRequiredField($a: ComplexInput = {intField: 3}) {
        dog { name }
      }",
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (2, 53)));
    }

    [Fact]
    public void ListVariablesWithInvalidItem()
    {
        ExpectErrors(
            Rule,
            @"
      query InvalidItem($a: [String] = [""one"", 2]) {
        dog { name }
      }",
            Error("String cannot represent a non string value: 2", (2, 48)));
    }

    [Fact]
    public void NullIntoNonNullVariableDefault()
    {
        ExpectErrors(
            Rule,
            @"
      query WithDefaultValues($a: Int! = null, $b: String! = null) {
        dog { name }
      }",
            Error("Expected value of type \"Int!\", found null.", (2, 42)),
            Error("Expected value of type \"String!\", found null.", (2, 62)));
    }
}
