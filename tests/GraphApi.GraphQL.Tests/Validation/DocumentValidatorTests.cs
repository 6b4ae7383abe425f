using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

// Whole documents against all specified rules; expectations are graphql-js 16.15 validate()'s own output, order included.
public class DocumentValidatorTests
{
    [Fact]
    public void ValidQuery()
    {
        ExpectValid(
            SpecifiedRules.All,
            @"
      query Q($id: ID, $skip: Boolean = false) {
        human(id: $id) {
          name
          ...HumanPets @skip(if: $skip)
        }
        dog { ...DogFields }
      }
      fragment HumanPets on Human {
        pets { name ... on Dog { barkVolume } }
      }
      fragment DogFields on Dog {
        name(surname: true)
        doesKnowCommand(dogCommand: SIT)
        isHouseTrained
        __typename
      }");
    }

    [Fact]
    public void ErrorsFromSeveralRulesComeInGraphqlJsOrder()
    {
        ExpectErrors(
            SpecifiedRules.All,
            @"
      query Q($unused: Int, $id: String) {
        human(id: $id, id: 4) @skip(if: $undefined) @skip(if: true) {
          name { first }
          pets
          unknown(arg: 1)
          ...Missing
          ... on Cat { meows }
        }
        dog { name: nickname name doesKnowCommand(dogCommand: JUMP) isAtLocation(x: ""1"") }
        complicatedArgs { complexArgField(complexArg: { intField: 1, intField: 2 }) multipleReqs(req1: null) }
      }
      query Q { dog { ...Cycle } }
      {
        cat { furColor }
      }
      fragment Cycle on Dog { mother { ...Cycle } }
      fragment Unused on Cat { meows }
      type Extra { field: Strin }",
            Error("The \"Extra\" definition is not executable.", (19, 7)),
            Error("The directive \"@skip\" can only be used once at this location.", (3, 31), (3, 53)),
            Error("There can be only one argument named \"id\".", (3, 15), (3, 24)),
            Error("Field \"name\" must not have a selection since type \"String\" has no subfields.", (4, 16)),
            Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (5, 11)),
            Error("Cannot query field \"unknown\" on type \"Human\".", (6, 11)),
            Error("Unknown fragment \"Missing\".", (7, 14)),
            Error("Fragment cannot be spread here as objects of type \"Human\" can never be of type \"Cat\".", (8, 11)),
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (10, 15), (10, 30)),
            Error("Value \"JUMP\" does not exist in \"DogCommand\" enum.", (10, 63)),
            Error("Int cannot represent non-integer value: \"1\"", (10, 85)),
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (11, 55)),
            Error("There can be only one input field named \"intField\".", (11, 57), (11, 70)),
            Error("Expected value of type \"Int!\", found null.", (11, 104)),
            Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (11, 85)),
            Error("Variable \"$undefined\" is not defined by operation \"Q\".", (3, 41), (2, 7)),
            Error("Variable \"$unused\" is never used in operation \"Q\".", (2, 15)),
            Error("Variable \"$id\" of type \"String\" used in position expecting type \"ID\".", (2, 29), (3, 19)),
            Error("There can be only one operation named \"Q\".", (2, 13), (13, 13)),
            Error("This anonymous operation must be the only defined operation.", (14, 7)),
            Error("Cannot spread fragment \"Cycle\" within itself.", (17, 40)),
            Error("Unknown type \"Strin\". Did you mean \"String\"?", (19, 27)),
            Error("Fragment \"Unused\" is never used.", (18, 7)));
    }

    [Fact]
    public void VariableDefaultsAndDirectivesOnVariables()
    {
        ExpectErrors(
            SpecifiedRules.All,
            @"
      query ($a: Int = ""x"" @onField, $b: Dog, $c: [String!]! = [""a"", null]) {
        complicatedArgs { intArgField(intArg: $a) stringListArgField(stringListArg: $c) }
      }",
            Error("Int cannot represent non-integer value: \"x\"", (2, 24)),
            Error("Directive \"@onField\" may not be used on VARIABLE_DEFINITION.", (2, 28)),
            Error("Variable \"$b\" cannot be non-input type \"Dog\".", (2, 42)),
            Error("Expected value of type \"String!\", found null.", (2, 70)),
            Error("Variable \"$b\" is never used.", (2, 38)));
    }

    [Fact]
    public void SubscriptionWithSeveralRootFields()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.SubscriptionSchema, SpecifiedRules.All,
            @"
      subscription S {
        importantEmails
        spamEmails @include(if: true)
        ... on SubscriptionRoot { newMessage { body } }
      }",
            Error("Subscription \"S\" must select only one top level field.", (4, 9), (5, 35)));
    }
}
