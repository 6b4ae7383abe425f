using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/OverlappingFieldsCanBeMergedRule-test.ts; expectations are graphql-js 16.15's own output.
public class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly OverlappingFieldsCanBeMergedRule Rule = new();

    [Fact]
    public void UniqueFields()
    {
        ExpectValid(
            Rule,
            @"
      fragment uniqueFields on Dog {
        name
        nickname
      }");
    }

    [Fact]
    public void IdenticalFields()
    {
        ExpectValid(
            Rule,
            @"
      fragment mergeIdenticalFields on Dog {
        name
        name
      }");
    }

    [Fact]
    public void IdenticalFieldsWithIdenticalArgs()
    {
        ExpectValid(
            Rule,
            @"
      fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
        doesKnowCommand(dogCommand: SIT)
      }");
    }

    [Fact]
    public void IdenticalFieldsWithIdenticalDirectives()
    {
        ExpectValid(
            Rule,
            @"
      fragment mergeSameFieldsWithSameDirectives on Dog {
        name @include(if: true)
        name @include(if: true)
      }");
    }

    [Fact]
    public void DifferentArgsWithDifferentAliases()
    {
        ExpectValid(
            Rule,
            @"
      fragment differentArgsWithDifferentAliases on Dog {
        knowsSit: doesKnowCommand(dogCommand: SIT)
        knowsDown: doesKnowCommand(dogCommand: DOWN)
      }");
    }

    [Fact]
    public void DifferentDirectivesWithDifferentAliases()
    {
        ExpectValid(
            Rule,
            @"
      fragment differentDirectivesWithDifferentAliases on Dog {
        nameIfTrue: name @include(if: true)
        nameIfFalse: name @include(if: false)
      }");
    }

    [Fact]
    public void DifferentSkipIncludeDirectivesAccepted()
    {
        ExpectValid(
            Rule,
            @"
      fragment differentDirectivesWithDifferentAliases on Dog {
        name @include(if: true)
        name @include(if: false)
      }");
    }

    [Fact]
    public void SameAliasesWithDifferentFieldTargets()
    {
        ExpectErrors(
            Rule,
            @"
      fragment sameAliasesWithDifferentFieldTargets on Dog {
        fido: name
        fido: nickname
      }",
            Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));
    }

    [Fact]
    public void SameAliasesAllowedOnNonOverlappingFields()
    {
        ExpectValid(
            Rule,
            @"
      fragment sameAliasesWithDifferentFieldTargets on Pet {
        ... on Dog {
          name
        }
        ... on Cat {
          name: nickname
        }
      }");
    }

    [Fact]
    public void AliasMaskingDirectFieldAccess()
    {
        ExpectErrors(
            Rule,
            @"
      fragment aliasMaskingDirectFieldAccess on Dog {
        name: nickname
        name
      }",
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));
    }

    [Fact]
    public void DifferentArgsSecondAddsAnArgument()
    {
        ExpectErrors(
            Rule,
            @"
      fragment conflictingArgs on Dog {
        doesKnowCommand
        doesKnowCommand(dogCommand: HEEL)
      }",
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));
    }

    [Fact]
    public void DifferentArgsSecondMissingAnArgument()
    {
        ExpectErrors(
            Rule,
            @"
      fragment conflictingArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
        doesKnowCommand
      }",
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));
    }

    [Fact]
    public void ConflictingArgValues()
    {
        ExpectErrors(
            Rule,
            @"
      fragment conflictingArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
        doesKnowCommand(dogCommand: HEEL)
      }",
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));
    }

    [Fact]
    public void ConflictingArgNames()
    {
        ExpectErrors(
            Rule,
            @"
      fragment conflictingArgs on Dog {
        isAtLocation(x: 0)
        isAtLocation(y: 0)
      }",
            Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));
    }

    [Fact]
    public void AllowsDifferentArgsWhereNoConflictIsPossible()
    {
        ExpectValid(
            Rule,
            @"
      fragment conflictingArgs on Pet {
        ... on Dog {
          name(surname: true)
        }
        ... on Cat {
          name
        }
      }");
    }

    [Fact]
    public void AllowsDifferentOrderOfArgs()
    {
        ExpectValid(
            Rule,
            @"
      {
        someField(a: null, b: null)
        someField(b: null, a: null)
      }");
    }

    [Fact]
    public void AllowsDifferentOrderOfInputObjectFields()
    {
        ExpectValid(
            Rule,
            @"
      {
        someField(arg: { a: null, b: null })
        someField(arg: { b: null, a: null })
      }");
    }

    [Fact]
    public void StringAndBlockStringDiffer()
    {
        ExpectErrors(
            Rule,
            @"
      {
        someField(arg: ""a"")
        someField(arg: """"""a"""""")
      }",
            Error("Fields \"someField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 9)));
    }

    [Fact]
    public void VariablesCompareByName()
    {
        ExpectErrors(
            Rule,
            @"
      query ($a: Int, $b: Int) {
        dog { isAtLocation(x: $a) isAtLocation(x: $a) }
        cat: dog { isAtLocation(x: $a) isAtLocation(x: $b) }
      }",
            Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (4, 20), (4, 40)));
    }

    [Fact]
    public void EncountersConflictInFragments()
    {
        ExpectErrors(
            Rule,
            @"
      {
        ...A
        ...B
      }
      fragment A on Type {
        x: a
      }
      fragment B on Type {
        x: b
      }",
            Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (7, 9), (10, 9)));
    }

    [Fact]
    public void ReportsEachConflictOnce()
    {
        ExpectErrors(
            Rule,
            @"
      {
        f1 {
          ...A
          ...B
        }
        f2 {
          ...B
          ...A
        }
        f3 {
          ...A
          ...B
          x: c
        }
      }
      fragment A on Type {
        x: a
      }
      fragment B on Type {
        x: b
      }",
            Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (18, 9), (21, 9)),
            Error("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (14, 11), (18, 9)),
            Error("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (14, 11), (21, 9)));
    }

    [Fact]
    public void DeepConflict()
    {
        ExpectErrors(
            Rule,
            @"
      {
        field {
          x: a
        },
        field {
          x: b
        }
      }",
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 11), (6, 9), (7, 11)));
    }

    [Fact]
    public void DeepConflictWithMultipleIssues()
    {
        ExpectErrors(
            Rule,
            @"
      {
        field {
          x: a
          y: c
        },
        field {
          x: b
          y: d
        }
      }",
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 11), (5, 11), (7, 9), (8, 11), (9, 11)));
    }

    [Fact]
    public void VeryDeepConflict()
    {
        ExpectErrors(
            Rule,
            @"
      {
        field {
          deepField {
            x: a
          }
        },
        field {
          deepField {
            x: b
          }
        }
      }",
            Error("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (4, 11), (5, 13), (8, 9), (9, 11), (10, 13)));
    }

    [Fact]
    public void ReportsDeepConflictToNearestCommonAncestor()
    {
        ExpectErrors(
            Rule,
            @"
      {
        field {
          deepField {
            x: a
          }
          deepField {
            x: b
          }
        },
        field {
          deepField {
            y
          }
        }
      }",
            Error("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 11), (5, 13), (7, 11), (8, 13)));
    }

    [Fact]
    public void ReportsDeepConflictToNearestCommonAncestorInFragments()
    {
        ExpectErrors(
            Rule,
            @"
      {
        field {
          ...F
        }
        field {
          ...F
        }
      }
      fragment F on T {
        deepField {
          deeperField {
            x: a
          }
          deeperField {
            x: b
          }
        },
        deepField {
          deeperField {
            y
          }
        }
      }",
            Error("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (12, 11), (13, 13), (15, 11), (16, 13)));
    }

    [Fact]
    public void ReportsDeepConflictInNestedFragments()
    {
        ExpectErrors(
            Rule,
            @"
      {
        field {
          ...F
        }
        field {
          ...I
        }
      }
      fragment F on T {
        x: a
        ...G
      }
      fragment G on T {
        y: c
      }
      fragment I on T {
        y: d
        ...J
      }
      fragment J on T {
        x: b
      }",
            Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (11, 9), (15, 9), (6, 9), (22, 9), (18, 9)));
    }

    [Fact]
    public void IgnoresUnknownFragments()
    {
        ExpectValid(
            Rule,
            @"
      {
        field
        ...Unknown
        ...Known
      }

      fragment Known on T {
        field
        ...OtherUnknown
      }");
    }

    [Fact]
    public void ConflictingReturnTypesWhichPotentiallyOverlap()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.BoxSchema, Rule,
            @"
          {
            someBox {
              ...on IntBox {
                scalar
              }
              ...on NonNullStringBox1 {
                scalar
              }
            }
          }",
            Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (8, 17)));
    }

    [Fact]
    public void CompatibleReturnShapesOnDifferentReturnTypes()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.BoxSchema, Rule,
            @"
          {
            someBox {
              ... on SomeBox {
                deepBox {
                  unrelatedField
                }
              }
              ... on StringBox {
                deepBox {
                  unrelatedField
                }
              }
            }
          }");
    }

    [Fact]
    public void DisallowsDifferingReturnTypesDespiteNoOverlap()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.BoxSchema, Rule,
            @"
          {
            someBox {
              ... on IntBox {
                scalar
              }
              ... on StringBox {
                scalar
              }
            }
          }",
            Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (8, 17)));
    }

    [Fact]
    public void ReportsCorrectlyWhenANonExclusiveFollowsAnExclusive()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.BoxSchema, Rule,
            @"
          {
            someBox {
              ... on IntBox {
                deepBox {
                  ...X
                }
              }
            }
            someBox {
              ... on StringBox {
                deepBox {
                  ...Y
                }
              }
            }
            memoed: someBox {
              ... on IntBox {
                deepBox {
                  ...X
                }
              }
            }
            memoed: someBox {
              ... on StringBox {
                deepBox {
                  ...Y
                }
              }
            }
            other: someBox {
              ...X
            }
            other: someBox {
              ...Y
            }
          }
          fragment X on SomeBox {
            scalar
          }
          fragment Y on SomeBox {
            scalar: unrelatedField
          }",
            Error("Fields \"other\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (31, 13), (39, 13), (34, 13), (42, 13)));
    }

    [Fact]
    public void DisallowsDifferingReturnTypeNullabilityDespiteNoOverlap()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.BoxSchema, Rule,
            @"
          {
            someBox {
              ... on NonNullStringBox1 {
                scalar
              }
              ... on StringBox {
                scalar
              }
            }
          }",
            Error("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (8, 17)));
    }

    [Fact]
    public void DisallowsDifferingReturnTypeListDespiteNoOverlap()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.BoxSchema, Rule,
            @"
          {
            someBox {
              ... on IntBox {
                box: listStringBox {
                  scalar
                }
              }
              ... on StringBox {
                box: stringBox {
                  scalar
                }
              }
            }
          }",
            Error("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (10, 17)));
    }

    [Fact]
    public void DisallowsDifferingSubfields()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.BoxSchema, Rule,
            @"
          {
            someBox {
              ... on IntBox {
                box: stringBox {
                  val: scalar
                  val: unrelatedField
                }
              }
              ... on StringBox {
                box: stringBox {
                  val: scalar
                }
              }
            }
          }",
            Error("Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 19), (7, 19)));
    }

    [Fact]
    public void DisallowsDifferingDeepReturnTypesDespiteNoOverlap()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.BoxSchema, Rule,
            @"
          {
            someBox {
              ... on IntBox {
                box: stringBox {
                  scalar
                }
              }
              ... on StringBox {
                box: intBox {
                  scalar
                }
              }
            }
          }",
            Error("Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (5, 17), (6, 19), (10, 17), (11, 19)));
    }

    [Fact]
    public void AllowsNonConflictingOverlappingTypes()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.BoxSchema, Rule,
            @"
          {
            someBox {
              ... on IntBox {
                scalar: unrelatedField
              }
              ... on StringBox {
                scalar
              }
            }
          }");
    }

    [Fact]
    public void SameWrappedScalarReturnTypes()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.BoxSchema, Rule,
            @"
          {
            someBox {
              ...on NonNullStringBox1 {
                scalar
              }
              ...on NonNullStringBox2 {
                scalar
              }
            }
          }");
    }

    [Fact]
    public void AllowsInlineFragmentsWithoutTypeCondition()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.BoxSchema, Rule,
            @"
          {
            a
            ... {
              a
            }
          }");
    }

    [Fact]
    public void ComparesDeepTypesIncludingList()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.BoxSchema, Rule,
            @"
          {
            connection {
              ...edgeID
              edges {
                node {
                  id: name
                }
              }
            }
          }

          fragment edgeID on Connection {
            edges {
              node {
                id
              }
            }
          }",
            Error("Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 15), (6, 17), (7, 19), (14, 13), (15, 15), (16, 17)));
    }

    [Fact]
    public void IgnoresUnknownTypes()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.BoxSchema, Rule,
            @"
          {
            someBox {
              ...on UnknownType {
                scalar
              }
              ...on NonNullStringBox2 {
                scalar
              }
            }
          }");
    }

    [Fact]
    public void ErrorMessageContainsHintForAliasConflict()
    {
        ExpectErrors(
            Rule,
            @"
      {
        dog {
          name: nickname
          name
        }
      }",
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 11), (5, 11)));
    }

    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragment()
    {
        ExpectValid(
            Rule,
            @"
      {
        ...fragA
      }

      fragment fragA on Human { name, relatives { name, ...fragA } }");
    }

    [Fact]
    public void DoesNotInfiniteLoopOnImmediatelyRecursiveFragment()
    {
        ExpectValid(
            Rule,
            @"
      {
        ...fragA
      }

      fragment fragA on Human { name, ...fragA }");
    }

    [Fact]
    public void FindsInvalidCaseEvenWithImmediatelyRecursiveFragment()
    {
        ExpectErrors(
            Rule,
            @"
      fragment sameAliasesWithDifferentFieldTargets on Dog {
        ...sameAliasesWithDifferentFieldTargets
        fido: name
        fido: nickname
      }",
            Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 9), (5, 9)));
    }

    [Fact]
    public void DoesNotInfiniteLoopOnTransitivelyRecursiveFragment()
    {
        ExpectValid(
            Rule,
            @"
      {
        ...fragA
        fragB
      }

      fragment fragA on Human { name, ...fragB }
      fragment fragB on Human { name, ...fragC }
      fragment fragC on Human { name, ...fragA }");
    }

    [Fact]
    public void FindsInvalidCaseEvenWithFieldNamedAfterFragment()
    {
        ExpectErrors(
            Rule,
            @"
      {
        fragA
        ...fragA
      }

      fragment fragA on Type {
        fragA: b
      }",
            Error("Fields \"fragA\" conflict because \"fragA\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 9), (8, 9)));
    }

    [Fact]
    public void MetaFieldsOnDifferentTypes()
    {
        ExpectErrors(
            Rule,
            @"
      {
        catOrDog {
          ... on Dog { __typename }
          ... on Cat { __typename: name }
        }
        pet { __typename __typename: name }
      }",
            Error("Fields \"__typename\" conflict because \"__typename\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (7, 15), (7, 26)));
    }

    [Fact]
    public void DuplicateFragmentSpreadsAndOperationWithSameFields()
    {
        ExpectErrors(
            Rule,
            @"
      query Q {
        dog { ...F ...F name: nickname }
      }
      fragment F on Dog { name }",
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 25), (5, 27)));
    }
}
