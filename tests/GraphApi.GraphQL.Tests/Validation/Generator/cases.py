import json
C = []
def case(rule, name, doc, schema='harness', sdl=None):
    C.append(dict(rule=rule, name=name, doc=doc, schema=schema, sdl=sdl))

R='ExecutableDefinitionsRule'
case(R,'WithOnlyOperation','''
      query Foo {
        dog {
          name
        }
      }''')
case(R,'WithOperationAndFragment','''
      query Foo {
        dog {
          name
          ...Frag
        }
      }

      fragment Frag on Dog {
        name
      }''')
case(R,'WithTypeDefinition','''
      query Foo {
        dog {
          name
        }
      }

      type Cow {
        name: String
      }

      extend type Dog {
        color: String
      }''')
case(R,'WithSchemaDefinition','''
      schema {
        query: Query
      }

      type Query {
        test: String
      }

      extend schema @directive''')

R='UniqueOperationNamesRule'
case(R,'NoOperations','''
      fragment fragA on Type {
        field
      }''')
case(R,'OneAnonOperation','''
      {
        field
      }''')
case(R,'MultipleOperations','''
      query Foo {
        field
      }

      query Bar {
        field
      }''')
case(R,'FragmentAndOperationNamedTheSame','''
      query Foo {
        ...Foo
      }
      fragment Foo on Type {
        field
      }''')
case(R,'MultipleOperationsOfSameName','''
      query Foo {
        fieldA
      }
      query Foo {
        fieldB
      }''')
case(R,'MultipleOpsOfSameNameOfDifferentTypes','''
      query Foo {
        fieldA
      }
      mutation Foo {
        fieldB
      }
      subscription Foo {
        fieldC
      }''')

R='LoneAnonymousOperationRule'
case(R,'NoOperations','''
      fragment fragA on Type {
        field
      }''')
case(R,'OneAnonOperation','''
      {
        field
      }''')
case(R,'AnonOperationWithFragment','''
      {
        ...Foo
      }
      fragment Foo on Type {
        field
      }''')
case(R,'MultipleAnonOperations','''
      {
        fieldA
      }
      {
        fieldB
      }''')
case(R,'AnonOperationWithAMutation','''
      {
        fieldA
      }
      mutation Foo {
        fieldB
      }''')

R='SingleFieldSubscriptionsRule'
S='subscription'
case(R,'ValidSubscription','''
      subscription ImportantEmails {
        importantEmails
      }''',S)
case(R,'ValidSubscriptionWithFragment','''
      subscription sub {
        ...newMessageFields
      }

      fragment newMessageFields on SubscriptionRoot {
        newMessage {
          body
          sender
        }
      }''',S)
case(R,'ValidSubscriptionWithFragmentAndField','''
      subscription sub {
        newMessage {
          body
        }
        ...newMessageFields
      }

      fragment newMessageFields on SubscriptionRoot {
        newMessage {
          body
          sender
        }
      }''',S)
case(R,'FailsWithMoreThanOneRootField','''
      subscription ImportantEmails {
        importantEmails
        notImportantEmails
      }''',S)
case(R,'FailsWithMoreThanOneRootFieldIncludingIntrospection','''
      subscription ImportantEmails {
        importantEmails
        __typename
      }''',S)
case(R,'FailsWithMoreThanOneRootFieldIncludingAliasedIntrospection','''
      subscription ImportantEmails {
        importantEmails
        ...Introspection
      }
      fragment Introspection on SubscriptionRoot {
        typename: __typename
      }''',S)
case(R,'FailsWithManyMoreThanOneRootField','''
      subscription ImportantEmails {
        importantEmails
        notImportantEmails
        spamEmails
      }''',S)
case(R,'FailsWithManyMoreThanOneRootFieldViaFragments','''
      subscription ImportantEmails {
        importantEmails
        ... {
          more: moreImportantEmails
        }
        ...NotImportantEmails
      }
      fragment NotImportantEmails on SubscriptionRoot {
        notImportantEmails
        deleted: deletedEmails
        ...SpamEmails
      }
      fragment SpamEmails on SubscriptionRoot {
        spamEmails
      }''',S)
case(R,'DoesNotInfiniteLoopOnRecursiveFragments','''
      subscription NoInfiniteLoop {
        ...A
      }
      fragment A on SubscriptionRoot {
        ...A
      }''',S)
case(R,'FailsWithManyMoreThanOneRootFieldViaFragmentsAnonymous','''
      subscription {
        importantEmails
        ... {
          more: moreImportantEmails
          ...NotImportantEmails
        }
        ...NotImportantEmails
      }
      fragment NotImportantEmails on SubscriptionRoot {
        notImportantEmails
        deleted: deletedEmails
        ... {
          ... {
            archivedEmails
          }
        }
        ...SpamEmails
      }
      fragment SpamEmails on SubscriptionRoot {
        spamEmails
        ...NonExistentFragment
      }''',S)
case(R,'FailsWithMoreThanOneRootFieldInAnonymousSubscriptions','''
      subscription {
        importantEmails
        notImportantEmails
      }''',S)
case(R,'FailsWithIntrospectionField','''
      subscription ImportantEmails {
        __typename
      }''',S)
case(R,'FailsWithIntrospectionFieldInAnonymousSubscription','''
      subscription {
        __typename
      }''',S)
case(R,'SkipsIfNotSubscriptionType','''
      subscription {
        __typename
      }''')
case(R,'SkipAndIncludeLiteralsExcludeFields','''
      subscription {
        importantEmails
        notImportantEmails @skip(if: true)
        spamEmails @include(if: false)
      }''',S)

R='KnownTypeNamesRule'
case(R,'KnownTypeNamesAreValid','''
      query Foo(
        $var: String
        $required: [Int!]!
        $introspectionType: __EnumValue
      ) {
        user(id: 4) {
          pets { ... on Pet { name }, ...PetFields, ... { name } }
        }
      }

      fragment PetFields on Pet {
        name
      }''')
case(R,'UnknownTypeNamesAreInvalid','''
      query Foo($var: JumbledUpLetters) {
        user(id: 4) {
          name
          pets { ... on Badger { name }, ...PetFields }
        }
      }
      fragment PetFields on Peat {
        name
      }''')
case(R,'ReferenceTypesDefinedInsideTheSameDocument','''
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
      }''')
case(R,'UnknownTypeReferencesInSdl','''
      type A {
        field(arg: B): C
      }
      extend type Human implements Being
      union U = Dog | Catt
      input I { f: Strin }''')

R='FragmentsOnCompositeTypesRule'
case(R,'ObjectIsValidFragmentType','''
      fragment validFragment on Dog {
        barks
      }''')
case(R,'InterfaceIsValidFragmentType','''
      fragment validFragment on Pet {
        name
      }''')
case(R,'ObjectIsValidInlineFragmentType','''
      fragment validFragment on Pet {
        ... on Dog {
          barks
        }
      }''')
case(R,'InlineFragmentWithoutTypeIsValid','''
      fragment validFragment on Pet {
        ... {
          name
        }
      }''')
case(R,'UnionIsValidFragmentType','''
      fragment validFragment on CatOrDog {
        __typename
      }''')
case(R,'ScalarIsInvalidFragmentType','''
      fragment scalarFragment on Boolean {
        bad
      }''')
case(R,'EnumIsInvalidFragmentType','''
      fragment scalarFragment on FurColor {
        bad
      }''')
case(R,'InputObjectIsInvalidFragmentType','''
      fragment inputFragment on ComplexInput {
        stringField
      }''')
case(R,'ScalarIsInvalidInlineFragmentType','''
      fragment invalidFragment on Pet {
        ... on String {
          barks
        }
      }''')
case(R,'UnknownTypeIsIgnored','''
      fragment unknownFragment on Unknown {
        ... on Whatever { a }
      }''')

R='VariablesAreInputTypesRule'
case(R,'UnknownTypesAreIgnored','''
      query Foo($a: Unknown, $b: [[Unknown!]]!) {
        field(a: $a, b: $b)
      }''')
case(R,'InputTypesAreValid','''
      query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
        field(a: $a, b: $b, c: $c)
      }''')
case(R,'OutputTypesAreInvalid','''
      query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
        field(a: $a, b: $b, c: $c)
      }''')

R='ScalarLeafsRule'
case(R,'ValidScalarSelection','''
      fragment scalarSelection on Dog {
        barks
      }''')
case(R,'ObjectTypeMissingSelection','''
      query directQueryOnObjectWithoutSubFields {
        human
      }''')
case(R,'InterfaceTypeMissingSelection','''
      {
        human { pets }
      }''')
case(R,'ValidScalarSelectionWithArgs','''
      fragment scalarSelectionWithArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
      }''')
case(R,'ScalarSelectionNotAllowedOnBoolean','''
      fragment scalarSelectionsNotAllowedOnBoolean on Dog {
        barks { sinceWhen }
      }''')
case(R,'ScalarSelectionNotAllowedOnEnum','''
      fragment scalarSelectionsNotAllowedOnEnum on Cat {
        furColor { inHexDec }
      }''')
case(R,'ScalarSelectionNotAllowedWithArgs','''
      fragment scalarSelectionsNotAllowedWithArgs on Dog {
        doesKnowCommand(dogCommand: SIT) { sinceWhen }
      }''')
case(R,'ScalarSelectionNotAllowedWithDirectivesAndArgs','''
      fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
        name(surname: true) @include(if: true) { isAlsoHumanName }
      }''')
case(R,'ObjectTypeWithEmptySelectionSetIsNotParsedButNestedListsAre','''
      {
        human { relatives { name } }
      }''')

R='FieldsOnCorrectTypeRule'
case(R,'ObjectFieldSelection','''
      fragment objectFieldSelection on Dog {
        __typename
        name
      }''')
case(R,'AliasedObjectFieldSelection','''
      fragment aliasedObjectFieldSelection on Dog {
        tn : __typename
        otherName : name
      }''')
case(R,'InterfaceFieldSelection','''
      fragment interfaceFieldSelection on Pet {
        __typename
        name
      }''')
case(R,'LyingAliasSelection','''
      fragment lyingAliasSelection on Dog {
        name : nickname
      }''')
case(R,'IgnoresFieldsOnUnknownType','''
      fragment unknownSelection on UnknownType {
        unknownField
      }''')
case(R,'ReportsErrorsWhenTypeIsKnownAgain','''
      fragment typeKnownAgain on Pet {
        unknown_pet_field {
          ... on Cat {
            unknown_cat_field
          }
        }
      }''')
case(R,'FieldNotDefinedOnFragment','''
      fragment fieldNotDefined on Dog {
        meowVolume
      }''')
case(R,'IgnoresDeeplyUnknownField','''
      fragment deepFieldNotDefined on Dog {
        unknown_field {
          deeper_unknown_field
        }
      }''')
case(R,'SubFieldNotDefined','''
      fragment subFieldNotDefined on Human {
        pets {
          unknown_field
        }
      }''')
case(R,'FieldNotDefinedOnInlineFragment','''
      fragment fieldNotDefined on Pet {
        ... on Dog {
          meowVolume
        }
      }''')
case(R,'AliasedFieldTargetNotDefined','''
      fragment aliasedFieldTargetNotDefined on Dog {
        volume : mooVolume
      }''')
case(R,'AliasedLyingFieldTargetNotDefined','''
      fragment aliasedLyingFieldTargetNotDefined on Dog {
        barkVolume : kawVolume
      }''')
case(R,'NotDefinedOnInterface','''
      fragment notDefinedOnInterface on Pet {
        tailLength
      }''')
case(R,'DefinedOnImplementorsButNotOnInterface','''
      fragment definedOnImplementorsButNotInterface on Pet {
        nickname
      }''')
case(R,'MetaFieldSelectionOnUnion','''
      fragment directFieldSelectionOnUnion on CatOrDog {
        __typename
      }''')
case(R,'DirectFieldSelectionOnUnion','''
      fragment directFieldSelectionOnUnion on CatOrDog {
        directField
      }''')
case(R,'DefinedOnImplementorsQueriedOnUnion','''
      fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
        name
      }''')
case(R,'ValidFieldInInlineFragment','''
      fragment objectFieldSelection on Pet {
        ... on Dog {
          name
        }
        ... {
          name
        }
      }''')
case(R,'SchemaMetaFieldsOnlyOnQueryRoot','''
      {
        dog { __schema { types } __type(name: "Dog") { name } }
      }''')

def sdlcase(name, sdl, doc):
    case('FieldsOnCorrectTypeRule', name, doc, 'sdl', sdl)
sdlcase('WorksWithNoSuggestions', '''
      type T {
        fieldWithVeryLongNameThatWillNeverBeSuggested: String
      }
      type Query { t: T }''', '{ t { f } }')
sdlcase('WorksWithSmallNumbersOfTypeSuggestions', '''
      union T = A | B
      type Query { t: T }

      type A { f: String }
      type B { f: String }''', '{ t { f } }')
sdlcase('WorksWithSmallNumbersOfFieldSuggestions', '''
      type T {
        y: String
        z: String
      }
      type Query { t: T }''', '{ t { f } }')
sdlcase('OnlyShowsOneSetOfSuggestionsAtATimePreferringTypes', '''
      interface T {
        y: String
        z: String
      }
      type Query { t: T }

      type A implements T {
        f: String
        y: String
        z: String
      }
      type B implements T {
        f: String
        y: String
        z: String
      }''', '{ t { f } }')
sdlcase('SortsTypeSuggestionsBasedOnInheritanceOrder', '''
      interface T { bar: String }
      type Query { t: T }

      interface Z implements T {
        foo: String
        bar: String
      }

      interface Y implements Z & T {
        foo: String
        bar: String
      }

      type X implements Y & Z & T {
        foo: String
        bar: String
      }''', '{ t { foo } }')
sdlcase('DoesNotMixUpTypesAndInterfaces', '''
      interface T { bar: String }
      type Query { t: T }

      interface Animal implements T { name: String bar: String }
      type Dog implements Animal & T { name: String bar: String }
      type Cat implements Animal & T { name: String bar: String }
      type Bird implements T { name: String bar: String }''', '{ t { name } }')
sdlcase('LimitsLotsOfTypeSuggestions', '''
      union T = A | B | C | D | E | F
      type Query { t: T }

      type A { f: String }
      type B { f: String }
      type C { f: String }
      type D { f: String }
      type E { f: String }
      type F { f: String }''', '{ t { f } }')
sdlcase('LimitsLotsOfFieldSuggestions', '''
      type T {
        u: String
        v: String
        w: String
        x: String
        y: String
        z: String
      }
      type Query { t: T }''', '{ t { f } }')

R='UniqueFragmentNamesRule'
case(R,'NoFragments','''
      {
        field
      }''')
case(R,'OneFragment','''
      {
        ...fragA
      }

      fragment fragA on Type {
        field
      }''')
case(R,'ManyFragments','''
      {
        ...fragA
        ...fragB
        ...fragC
      }
      fragment fragA on Type {
        fieldA
      }
      fragment fragB on Type {
        fieldB
      }
      fragment fragC on Type {
        fieldC
      }''')
case(R,'FragmentAndOperationNamedTheSame','''
      query Foo {
        ...Foo
      }
      fragment Foo on Type {
        field
      }''')
case(R,'FragmentsNamedTheSame','''
      {
        ...fragA
      }
      fragment fragA on Type {
        fieldA
      }
      fragment fragA on Type {
        fieldB
      }''')
case(R,'FragmentsNamedTheSameWithoutBeingReferenced','''
      fragment fragA on Type {
        fieldA
      }
      fragment fragA on Type {
        fieldB
      }''')

R='KnownFragmentNamesRule'
case(R,'KnownFragmentNamesAreValid','''
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
      }''')
case(R,'UnknownFragmentNamesAreInvalid','''
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
      }''')

R='NoUnusedFragmentsRule'
case(R,'AllFragmentNamesAreUsed','''
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
      }''')
case(R,'AllFragmentNamesAreUsedByMultipleOperations','''
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
      }''')
case(R,'ContainsUnknownFragments','''
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
      }''')
case(R,'ContainsUnknownFragmentsWithRefCycle','''
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
      }''')
case(R,'ContainsUnknownAndUndefFragments','''
      query Foo {
        human(id: 4) {
          ...bar
        }
      }
      fragment foo on Human {
        name
      }''')

R='PossibleFragmentSpreadsRule'
for n,d in [
 ('OfTheSameObject','fragment objectWithinObject on Dog { ...dogFragment }\n      fragment dogFragment on Dog { barkVolume }'),
 ('OfTheSameObjectWithInlineFragment','fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }'),
 ('ObjectIntoAnImplementedInterface','fragment objectWithinInterface on Pet { ...dogFragment }\n      fragment dogFragment on Dog { barkVolume }'),
 ('ObjectIntoContainingUnion','fragment objectWithinUnion on CatOrDog { ...dogFragment }\n      fragment dogFragment on Dog { barkVolume }'),
 ('UnionIntoContainedObject','fragment unionWithinObject on Dog { ...catOrDogFragment }\n      fragment catOrDogFragment on CatOrDog { __typename }'),
 ('InterfaceIntoImplementedObject','fragment interfaceWithinObject on Dog { ...petFragment }\n      fragment petFragment on Pet { name }'),
 ('InterfaceIntoOverlappingUnion','fragment interfaceWithinUnion on CatOrDog { ...petFragment }\n      fragment petFragment on Pet { name }'),
 ('IgnoresIncorrectType','fragment petFragment on Pet { ...badInADifferentWay }\n      fragment badInADifferentWay on String { name }'),
 ('IgnoresUnknownFragments','fragment petFragment on Pet { ...UnknownFragment }'),
 ('DifferentObjectIntoObject','fragment invalidObjectWithinObject on Cat { ...dogFragment }\n      fragment dogFragment on Dog { barkVolume }'),
 ('DifferentObjectIntoObjectInInlineFragment','fragment invalidObjectWithinObjectAnon on Cat {\n        ... on Dog { barkVolume }\n      }'),
 ('ObjectIntoNotImplementingInterface','fragment invalidObjectWithinInterface on Pet { ...humanFragment }\n      fragment humanFragment on Human { pets { name } }'),
 ('ObjectIntoNotContainingUnion','fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }\n      fragment humanFragment on Human { pets { name } }'),
 ('UnionIntoNotContainedObject','fragment invalidUnionWithinObject on Human { ...catOrDogFragment }\n      fragment catOrDogFragment on CatOrDog { __typename }'),
 ('InterfaceIntoNonImplementingObject','fragment invalidInterfaceWithinObject on Human { ...petFragment }\n      fragment petFragment on Pet { name }'),
 ('InterfaceIntoNonOverlappingInterfaceInInlineFragment','fragment invalidInterfaceWithinInterfaceAnon on Pet {\n        ...on Mammal { mother { name } }\n      }'),
 ('InterfaceIntoImplementedInterface','fragment interfaceWithinInterface on Mammal { ...canineFragment }\n      fragment canineFragment on Canine { name }'),
]:
    case(R,n,'\n      '+d)

R='NoFragmentCyclesRule'
for n,d in [
 ('SingleReferenceIsValid','fragment fragA on Dog { ...fragB }\n      fragment fragB on Dog { name }'),
 ('SpreadingTwiceIsNotCircular','fragment fragA on Dog { ...fragB, ...fragB }\n      fragment fragB on Dog { name }'),
 ('SpreadingTwiceIndirectlyIsNotCircular','fragment fragA on Dog { ...fragB, ...fragC }\n      fragment fragB on Dog { ...fragC }\n      fragment fragC on Dog { name }'),
 ('DoubleSpreadWithinAbstractTypes','fragment nameFragment on Pet {\n        ... on Dog { name }\n        ... on Cat { name }\n      }\n      fragment spreadsInAnon on Pet {\n        ... on Dog { ...nameFragment }\n        ... on Cat { ...nameFragment }\n      }'),
 ('DoesNotFalsePositiveOnUnknownFragment','fragment nameFragment on Pet {\n        ...UnknownFragment\n      }'),
 ('SpreadingRecursivelyWithinFieldFails','fragment fragA on Human { relatives { ...fragA } },'),
 ('NoSpreadingItselfDirectly','fragment fragA on Dog { ...fragA }'),
 ('NoSpreadingItselfDirectlyWithinInlineFragment','fragment fragA on Pet {\n        ... on Dog {\n          ...fragA\n        }\n      }'),
 ('NoSpreadingItselfIndirectly','fragment fragA on Dog { ...fragB }\n      fragment fragB on Dog { ...fragA }'),
 ('NoSpreadingItselfIndirectlyReportsOppositeOrder','fragment fragB on Dog { ...fragA }\n      fragment fragA on Dog { ...fragB }'),
 ('NoSpreadingItselfDeeply','fragment fragA on Dog { ...fragB }\n      fragment fragB on Dog { ...fragC }\n      fragment fragC on Dog { ...fragO }\n      fragment fragX on Dog { ...fragY }\n      fragment fragY on Dog { ...fragZ }\n      fragment fragZ on Dog { ...fragO }\n      fragment fragO on Dog { ...fragP }\n      fragment fragP on Dog { ...fragA, ...fragX }'),
 ('NoSpreadingItselfDeeplyTwoPaths','fragment fragA on Dog { ...fragB, ...fragC }\n      fragment fragB on Dog { ...fragA }\n      fragment fragC on Dog { ...fragA }'),
 ('NoSpreadingItselfDeeplyTwoPathsAltTraverseOrder','fragment fragA on Dog { ...fragC }\n      fragment fragB on Dog { ...fragC }\n      fragment fragC on Dog { ...fragA, ...fragB }'),
 ('NoSpreadingItselfDeeplyAndImmediately','fragment fragA on Dog { ...fragB }\n      fragment fragB on Dog { ...fragB, ...fragC }\n      fragment fragC on Dog { ...fragA, ...fragB }'),
]:
    case(R,n,'\n      '+d)

R='UniqueVariableNamesRule'
case(R,'UniqueVariableNames','''
      query A($x: Int, $y: String) { __typename }
      query B($x: String, $y: Int) { __typename }''')
case(R,'DuplicateVariableNames','''
      query A($x: Int, $x: Int, $x: String) { __typename }
      query B($x: String, $x: Int) { __typename }
      query C($x: Int, $x: Int) { __typename }''')

R='NoUndefinedVariablesRule'
for n,d in [
 ('AllVariablesDefined','query Foo($a: String, $b: String, $c: String) {\n        field(a: $a, b: $b, c: $c)\n      }'),
 ('AllVariablesDeeplyDefined','query Foo($a: String, $b: String, $c: String) {\n        field(a: $a) {\n          field(b: $b) {\n            field(c: $c)\n          }\n        }\n      }'),
 ('AllVariablesInFragmentsDeeplyDefined','query Foo($a: String, $b: String, $c: String) {\n        ...FragA\n      }\n      fragment FragA on Type {\n        field(a: $a) {\n          ...FragB\n        }\n      }\n      fragment FragB on Type {\n        field(b: $b) {\n          ...FragC\n        }\n      }\n      fragment FragC on Type {\n        field(c: $c)\n      }'),
 ('VariableWithinRecursiveFragmentDefined','query Foo($a: String) {\n        ...FragA\n      }\n      fragment FragA on Type {\n        field(a: $a) {\n          ...FragA\n        }\n      }'),
 ('VariableNotDefined','query Foo($a: String, $b: String, $c: String) {\n        field(a: $a, b: $b, c: $c, d: $d)\n      }'),
 ('VariableNotDefinedByUnNamedQuery','{\n        field(a: $a)\n      }'),
 ('MultipleVariablesNotDefined','query Foo($b: String) {\n        field(a: $a, b: $b, c: $c)\n      }'),
 ('VariableInFragmentNotDefinedByUnNamedQuery','{\n        ...FragA\n      }\n      fragment FragA on Type {\n        field(a: $a)\n      }'),
 ('VariableInFragmentNotDefinedByOperation','query Foo($a: String, $b: String) {\n        ...FragA\n      }\n      fragment FragA on Type {\n        field(a: $a) {\n          ...FragB\n        }\n      }\n      fragment FragB on Type {\n        field(b: $b) {\n          ...FragC\n        }\n      }\n      fragment FragC on Type {\n        field(c: $c)\n      }'),
 ('MultipleVariablesInFragmentsNotDefined','query Foo($b: String) {\n        ...FragA\n      }\n      fragment FragA on Type {\n        field(a: $a) {\n          ...FragB\n        }\n      }\n      fragment FragB on Type {\n        field(b: $b) {\n          ...FragC\n        }\n      }\n      fragment FragC on Type {\n        field(c: $c)\n      }'),
 ('SingleVariableInFragmentNotDefinedByMultipleOperations','query Foo($a: String) {\n        ...FragAB\n      }\n      query Bar($a: String) {\n        ...FragAB\n      }\n      fragment FragAB on Type {\n        field(a: $a, b: $b)\n      }'),
 ('VariablesInDirectivesAndNestedValues','query Foo {\n        field(list: [$a, {x: $b}]) @include(if: $c) { f @skip(if: $d) }\n      }'),
]:
    case(R,n,'\n      '+d)

R='NoUnusedVariablesRule'
for n,d in [
 ('UsesAllVariables','query ($a: String, $b: String, $c: String) {\n        field(a: $a, b: $b, c: $c)\n      }'),
 ('UsesAllVariablesDeeplyInInlineFragments','query Foo($a: String, $b: String, $c: String) {\n        ... on Type {\n          field(a: $a) {\n            field(b: $b) {\n              ... on Type {\n                field(c: $c)\n              }\n            }\n          }\n        }\n      }'),
 ('VariableUsedByRecursiveFragment','query Foo($a: String) {\n        ...FragA\n      }\n      fragment FragA on Type {\n        field(a: $a) {\n          ...FragA\n        }\n      }'),
 ('VariableNotUsed','query ($a: String, $b: String, $c: String) {\n        field(a: $a, b: $b)\n      }'),
 ('MultipleVariablesNotUsed','query Foo($a: String, $b: String, $c: String) {\n        field(b: $b)\n      }'),
 ('VariableNotUsedInFragments','query Foo($a: String, $b: String, $c: String) {\n        ...FragA\n      }\n      fragment FragA on Type {\n        field(a: $a) {\n          ...FragB\n        }\n      }\n      fragment FragB on Type {\n        field(b: $b) {\n          ...FragC\n        }\n      }\n      fragment FragC on Type {\n        field\n      }'),
 ('VariableNotUsedByUnreferencedFragment','query Foo($b: String) {\n        ...FragA\n      }\n      fragment FragA on Type {\n        field(a: $a)\n      }\n      fragment FragB on Type {\n        field(b: $b)\n      }'),
 ('VariableNotUsedByFragmentUsedByOtherOperation','query Foo($b: String) {\n        ...FragA\n      }\n      query Bar($a: String) {\n        ...FragB\n      }\n      fragment FragA on Type {\n        field(a: $a)\n      }\n      fragment FragB on Type {\n        field(b: $b)\n      }'),
]:
    case(R,n,'\n      '+d)

R='KnownDirectivesRule'
D='directives'
case(R,'WithNoDirectives','''
      query Foo {
        name
        ...Frag
      }

      fragment Frag on Dog {
        name
      }''',D)
case(R,'WithStandardDirectives','''
      {
        human @skip(if: false) {
          name
          pets {
            ... on Dog @include(if: true) {
              name
            }
          }
        }
      }''',D)
case(R,'WithUnknownDirective','''
      {
        human @unknown(directive: "value") {
          name
        }
      }''',D)
case(R,'WithManyUnknownDirectives','''
      {
        __typename @unknown
        human @unknown {
          name
          pets @unknown {
            name
          }
        }
      }''',D)
case(R,'WithWellPlacedDirectives','''
      query ($var: Boolean @onVariableDefinition) @onQuery {
        human @onField {
          ...Frag @onFragmentSpread
          ... @onInlineFragment {
            name @onField
          }
        }
      }

      mutation @onMutation {
        someField @onField
      }

      subscription @onSubscription {
        someField @onField
      }

      fragment Frag on Human @onFragmentDefinition {
        name @onField
      }''',D)
case(R,'WithMisplacedDirectives','''
      query ($var: Boolean @onQuery) @onMutation {
        human @onQuery {
          ...Frag @onQuery
          ... @onQuery {
            name @onQuery
          }
        }
      }

      mutation @onQuery {
        someField @onQuery
      }

      subscription @onQuery {
        someField @onQuery
      }

      fragment Frag on Human @onQuery {
        name @onQuery
      }''',D)
case(R,'WithinSdlDirectives','''
      directive @onSchema on SCHEMA
      directive @onObject on OBJECT
      type MyObj implements MyInterface @onObject @onSchema {
        myField(myArg: Int @onField): String @onField
      }
      extend type MyObj @onObject
      input MyInput @onObject {
        myField: Int @onField
      }
      extend input MyInput { other: Int @onField }
      enum MyEnum @onField { MY_VALUE @onField }
      schema @onSchema @onObject { query: MyQuery }''',D)

R='UniqueDirectivesPerLocationRule'
for n,d in [
 ('NoDirectives','fragment Test on Type {\n        field\n      }'),
 ('UniqueDirectivesInDifferentLocations','fragment Test on Type @directiveA {\n        field @directiveB\n      }'),
 ('UniqueDirectivesInSameLocations','fragment Test on Type @directiveA @directiveB {\n        field @directiveA @directiveB\n      }'),
 ('SameDirectivesInDifferentLocations','fragment Test on Type @directiveA {\n        field @directiveA\n      }'),
 ('SameDirectivesInSimilarLocations','fragment Test on Type {\n        field @directive\n        field @directive\n      }'),
 ('RepeatableDirectivesInSameLocation','fragment Test on Type @repeatable @repeatable {\n        field @repeatable @repeatable\n      }'),
 ('UnknownDirectivesMustBeIgnored','type Test @unknown @unknown {\n        field: String! @unknown @unknown\n      }\n\n      extend type Test @unknown {\n        anotherField: String!\n      }'),
 ('DuplicateDirectivesInOneLocation','fragment Test on Type {\n        field @directive @directive\n      }'),
 ('ManyDuplicateDirectivesInOneLocation','fragment Test on Type {\n        field @directive @directive @directive\n      }'),
 ('DifferentDuplicateDirectivesInOneLocation','fragment Test on Type {\n        field @directiveA @directiveB @directiveA @directiveB\n      }'),
 ('DuplicateDirectivesInManyLocations','fragment Test on Type @directive @directive {\n        field @directive @directive\n      }'),
 ('DuplicateDirectivesOnTypeAndExtension','directive @nonRepeatable on OBJECT\n      type TestType @nonRepeatable\n      extend type TestType @nonRepeatable\n      extend schema @onSchema @onSchema'),
]:
    case(R,n,'\n      '+d,D)

R='KnownArgumentNamesRule'
for n,d in [
 ('SingleArgIsKnown','fragment argOnRequiredArg on Dog {\n        doesKnowCommand(dogCommand: SIT)\n      }'),
 ('MultipleArgsAreKnown','fragment multipleArgs on ComplicatedArgs {\n        multipleReqs(req1: 1, req2: 2)\n      }'),
 ('IgnoresArgsOfUnknownFields','fragment argOnUnknownField on Dog {\n        unknownField(unknownArg: SIT)\n      }'),
 ('MultipleArgsInReverseOrderAreKnown','fragment multipleArgsReverseOrder on ComplicatedArgs {\n        multipleReqs(req2: 2, req1: 1)\n      }'),
 ('NoArgsOnOptionalArg','fragment noArgOnOptionalArg on Dog {\n        isHouseTrained\n      }'),
 ('ArgsAreKnownDeeply','{\n        dog {\n          doesKnowCommand(dogCommand: SIT)\n        }\n        human {\n          pet {\n            ... on Dog {\n              doesKnowCommand(dogCommand: SIT)\n            }\n          }\n        }\n      }'),
 ('DirectiveArgsAreKnown','{\n        dog @skip(if: true)\n      }'),
 ('FieldArgsAreInvalid','{\n        dog @skip(unless: true)\n      }'),
 ('DirectiveWithoutArgsIsValid','{\n        dog @onField\n      }'),
 ('ArgOnUnknownDirective','{\n        dog @unknown(arg: true)\n      }'),
 ('MisspelledDirectiveArgsAreReported','{\n        dog @skip(iff: true)\n      }'),
 ('InvalidArgName','fragment invalidArgName on Dog {\n        doesKnowCommand(unknown: true)\n      }'),
 ('MisspelledArgNameIsReported','fragment invalidArgName on Dog {\n        doesKnowCommand(DogCommand: true)\n      }'),
 ('UnknownArgsAmongstKnownArgs','fragment oneGoodArgOneInvalidArg on Dog {\n        doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)\n      }'),
 ('UnknownArgsDeeply','{\n        dog {\n          doesKnowCommand(unknown: true)\n        }\n        human {\n          pet {\n            ... on Dog {\n              doesKnowCommand(unknown: true)\n            }\n          }\n        }\n      }'),
 ('DirectiveDefinedInDocument','directive @test(arg: String) on FIELD\n      { dog @test(arg: "", other: "") }'),
]:
    case(R,n,'\n      '+d)

R='UniqueArgumentNamesRule'
for n,d in [
 ('NoArgumentsOnField','{\n        field\n      }'),
 ('NoArgumentsOnDirective','{\n        field @directive\n      }'),
 ('ArgumentOnField','{\n        field(arg: "value")\n      }'),
 ('SameArgumentOnTwoFields','{\n        one: field(arg: "value")\n        two: field(arg: "value")\n      }'),
 ('SameArgumentOnFieldAndDirective','{\n        field(arg: "value") @directive(arg: "value")\n      }'),
 ('MultipleFieldArguments','{\n        field(arg1: "value", arg2: "value", arg3: "value")\n      }'),
 ('DuplicateFieldArguments','{\n        field(arg1: "value", arg1: "value")\n      }'),
 ('ManyDuplicateFieldArguments','{\n        field(arg1: "value", arg1: "value", arg1: "value")\n      }'),
 ('DuplicateDirectiveArguments','{\n        field @directive(arg1: "value", arg1: "value")\n      }'),
 ('ManyDuplicateDirectiveArguments','{\n        field @directive(arg1: "value", arg1: "value", arg1: "value")\n      }'),
]:
    case(R,n,'\n      '+d)

R='ValuesOfCorrectTypeRule'
def ca(field, value):
    return '{\n        complicatedArgs {\n          %s%s\n        }\n      }' % (field, '(' + value + ')' if value else '')
for n,f,v in [
 ('GoodIntValue','intArgField','intArg: 2'),
 ('GoodNegativeIntValue','intArgField','intArg: -2'),
 ('GoodBooleanValue','booleanArgField','booleanArg: true'),
 ('GoodStringValue','stringArgField','stringArg: "foo"'),
 ('GoodFloatValue','floatArgField','floatArg: 1.1'),
 ('IntIntoFloat','floatArgField','floatArg: 1'),
 ('IntIntoID','idArgField','idArg: 1'),
 ('StringIntoID','idArgField','idArg: "someIdString"'),
 ('GoodEnumValue','enumArgField','enumArg: SPOTTED'),
 ('NullIntoNullableType','intArgField','intArg: null'),
 ('IntIntoString','stringArgField','stringArg: 1'),
 ('FloatIntoString','stringArgField','stringArg: 1.0'),
 ('BooleanIntoString','stringArgField','stringArg: true'),
 ('UnquotedStringIntoString','stringArgField','stringArg: BAR'),
 ('StringIntoInt','intArgField','intArg: "3"'),
 ('BigIntIntoInt','intArgField','intArg: 829384293849283498239482938'),
 ('UnquotedStringIntoInt','intArgField','intArg: FOO'),
 ('SimpleFloatIntoInt','intArgField','intArg: 3.0'),
 ('FloatIntoInt','intArgField','intArg: 3.333'),
 ('StringIntoFloat','floatArgField','floatArg: "3.333"'),
 ('BooleanIntoFloat','floatArgField','floatArg: true'),
 ('UnquotedIntoFloat','floatArgField','floatArg: FOO'),
 ('IntIntoBoolean','booleanArgField','booleanArg: 2'),
 ('FloatIntoBoolean','booleanArgField','booleanArg: 1.0'),
 ('StringIntoBoolean','booleanArgField','booleanArg: "true"'),
 ('UnquotedIntoBoolean','booleanArgField','booleanArg: TRUE'),
 ('FloatIntoID','idArgField','idArg: 1.0'),
 ('BooleanIntoID','idArgField','idArg: true'),
 ('UnquotedIntoID','idArgField','idArg: SOMETHING'),
 ('IntIntoEnum','enumArgField','enumArg: 2'),
 ('FloatIntoEnum','enumArgField','enumArg: 1.0'),
 ('StringIntoEnum','enumArgField','enumArg: "SPOTTED"'),
 ('BooleanIntoEnum','enumArgField','enumArg: true'),
 ('UnknownEnumValueIntoEnum','enumArgField','enumArg: JUGGLE'),
 ('DifferentCaseEnumValueIntoEnum','enumArgField','enumArg: spotted'),
 ('GoodListValue','stringListArgField','stringListArg: ["one", null, "two"]'),
 ('EmptyListValue','stringListArgField','stringListArg: []'),
 ('NullValue','stringListArgField','stringListArg: null'),
 ('SingleValueIntoList','stringListArgField','stringListArg: "one"'),
 ('IncorrectItemType','stringListArgField','stringListArg: ["one", 2]'),
 ('SingleValueOfIncorrectType','stringListArgField','stringListArg: 1'),
 ('ArgOnOptionalArg','intArgField','intArg: 2'),
 ('NoArgsOnMultipleOptional','multipleOpts',''),
 ('MultipleArgs','multipleReqs','req1: 1, req2: 2'),
 ('IncorrectValueType','multipleReqs','req2: "two", req1: "one"'),
 ('IncorrectValueAndMissingArgument','multipleReqs','req1: "one"'),
 ('NullValueIntoNonNull','multipleReqs','req1: null'),
 ('OptionalArgDespiteRequiredFieldInType','complexArgField',''),
 ('PartialObjectOnlyRequired','complexArgField','complexArg: { requiredField: true }'),
 ('PartialObjectRequiredFieldCanBeFalsy','complexArgField','complexArg: { requiredField: false }'),
 ('FullObjectWithFieldsInDifferentOrder','complexArgField','complexArg: {\n            stringListField: ["one", "two"],\n            booleanField: false,\n            requiredField: true,\n            stringField: "foo",\n            intField: 4,\n          }'),
 ('PartialObjectMissingRequired','complexArgField','complexArg: { intField: 4 }'),
 ('PartialObjectInvalidFieldType','complexArgField','complexArg: {\n            stringListField: ["one", 2],\n            requiredField: true,\n          }'),
 ('PartialObjectNullToNonNullField','complexArgField','complexArg: {\n            requiredField: true,\n            nonNullField: null,\n          }'),
 ('PartialObjectUnknownFieldArg','complexArgField','complexArg: {\n            requiredField: true,\n            invalidField: "value"\n          }'),
 ('ObjectIntoScalar','stringArgField','stringArg: {a: 1}'),
 ('ListIntoObject','complexArgField','complexArg: [1, 2]'),
 ('ExactlyOneOneOfField','oneOfArgField','oneOfArg: { stringField: "abc" }'),
 ('OneOfWithVariable','oneOfArgField','oneOfArg: { stringField: $var }'),
 ('OneOfWithTwoFields','oneOfArgField','oneOfArg: { stringField: "abc", intField: 123 }'),
 ('OneOfWithNullField','oneOfArgField','oneOfArg: { stringField: null }'),
 ('OneOfWithNoFields','oneOfArgField','oneOfArg: {}'),
 ('OneOfWithUnknownField','oneOfArgField','oneOfArg: { badField: 1 }'),
]:
    case(R,n,'\n      '+ca(f,v))
case(R,'DirectiveArgumentsWithCorrectTypes','''
      {
        dog @include(if: true) {
          name
        }
        human @skip(if: false) {
          name
        }
      }''')
case(R,'DirectiveArgumentsWithIncorrectTypes','''
      {
        dog @include(if: "yes") {
          name @skip(if: ENUM)
        }
      }''')
case(R,'VariablesWithValidDefaultValues','''
      query WithDefaultValues(
        $a: Int = 1,
        $b: String = "ok",
        $c: ComplexInput = { requiredField: true, intField: 3 }
        $d: Int! = 123
      ) {
        dog { name }
      }''')
case(R,'VariablesWithInvalidDefaultValues','''
      query InvalidDefaultValues(
        $a: Int = "one",
        $b: String = 4,
        $c: ComplexInput = "NotVeryComplex"
      ) {
        dog { name }
      }''')
case(R,'ComplexVariablesMissingRequiredField','''
      query MissingRequiredField($a: ComplexInput = {intField: 3}) {
        dog { name }
      }''')
case(R,'ListVariablesWithInvalidItem','''
      query InvalidItem($a: [String] = ["one", 2]) {
        dog { name }
      }''')
case(R,'NullIntoNonNullVariableDefault','''
      query WithDefaultValues($a: Int! = null, $b: String! = null) {
        dog { name }
      }''')

R='ProvidedRequiredArgumentsRule'
for n,d in [
 ('IgnoresUnknownArguments','{\n        dog {\n          isHouseTrained(unknownArgument: true)\n        }\n      }'),
 ('ArgOnOptionalArg','{\n        dog {\n          isHouseTrained(atOtherHomes: true)\n        }\n      }'),
 ('NoArgOnOptionalArg','{\n        dog {\n          isHouseTrained\n        }\n      }'),
 ('NoArgOnNonNullFieldWithDefault','{\n        complicatedArgs {\n          nonNullFieldWithDefault\n        }\n      }'),
 ('MultipleArgs','{\n        complicatedArgs {\n          multipleReqs(req1: 1, req2: 2)\n        }\n      }'),
 ('MultipleArgsReverseOrder','{\n        complicatedArgs {\n          multipleReqs(req2: 2, req1: 1)\n        }\n      }'),
 ('NoArgsOnMultipleOptional','{\n        complicatedArgs {\n          multipleOpts\n        }\n      }'),
 ('OneArgOnMultipleOptional','{\n        complicatedArgs {\n          multipleOpts(opt1: 1)\n        }\n      }'),
 ('SecondArgOnMultipleOptional','{\n        complicatedArgs {\n          multipleOpts(opt2: 1)\n        }\n      }'),
 ('MultipleRequiredArgsOnMixedList','{\n        complicatedArgs {\n          multipleOptAndReq(req1: 3, req2: 4)\n        }\n      }'),
 ('MultipleRequiredAndOneOptionalArgOnMixedList','{\n        complicatedArgs {\n          multipleOptAndReq(req1: 3, req2: 4, opt1: 5)\n        }\n      }'),
 ('AllRequiredAndOptionalArgsOnMixedList','{\n        complicatedArgs {\n          multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)\n        }\n      }'),
 ('MissingOneNonNullableArgument','{\n        complicatedArgs {\n          multipleReqs(req2: 2)\n        }\n      }'),
 ('MissingMultipleNonNullableArguments','{\n        complicatedArgs {\n          multipleReqs\n        }\n      }'),
 ('IncorrectValueAndMissingArgument','{\n        complicatedArgs {\n          multipleReqs(req1: "one")\n        }\n      }'),
 ('IgnoresUnknownDirectives','{\n        dog @unknown\n      }'),
 ('WithDirectivesOfValidTypes','{\n        dog @include(if: true) {\n          name\n        }\n        human @skip(if: false) {\n          name\n        }\n      }'),
 ('WithDirectiveWithMissingTypes','{\n        dog @include {\n          name @skip\n        }\n      }'),
 ('DirectiveDefinedInDocument','directive @test(arg: String!, opt: Int = 1, other: [Int]!) on FIELD\n      { dog @test }'),
]:
    case(R,n,'\n      '+d)

R='VariablesInAllowedPositionRule'
def q(vars, body):
    return 'query Query(%s)\n      {\n        %s\n      }' % (vars, body)
for n,v,b in [
 ('BooleanToBoolean','$booleanArg: Boolean','complicatedArgs {\n          booleanArgField(booleanArg: $booleanArg)\n        }'),
 ('NonNullBooleanToBoolean','$nonNullBooleanArg: Boolean!','complicatedArgs {\n          booleanArgField(booleanArg: $nonNullBooleanArg)\n        }'),
 ('IntToNonNullIntWithDefault','$intArg: Int = 1','complicatedArgs {\n          nonNullIntArgField(nonNullIntArg: $intArg)\n        }'),
 ('StringListToStringList','$stringListVar: [String]','complicatedArgs {\n          stringListArgField(stringListArg: $stringListVar)\n        }'),
 ('NonNullStringListToStringList','$stringListVar: [String!]','complicatedArgs {\n          stringListArgField(stringListArg: $stringListVar)\n        }'),
 ('StringToStringListInItemPosition','$stringVar: String','complicatedArgs {\n          stringListArgField(stringListArg: [$stringVar])\n        }'),
 ('ComplexInputToComplexInput','$complexVar: ComplexInput','complicatedArgs {\n          complexArgField(complexArg: $complexVar)\n        }'),
 ('ComplexInputToComplexInputInFieldPosition','$boolVar: Boolean = false','complicatedArgs {\n          complexArgField(complexArg: {requiredArg: $boolVar})\n        }'),
 ('NonNullBooleanToNonNullBooleanInDirective','$boolVar: Boolean!','dog @include(if: $boolVar)'),
 ('IntToNonNullInt','$intArg: Int','complicatedArgs {\n          nonNullIntArgField(nonNullIntArg: $intArg)\n        }'),
 ('StringOverBoolean','$stringVar: String','complicatedArgs {\n          booleanArgField(booleanArg: $stringVar)\n        }'),
 ('StringToStringList','$stringVar: String','complicatedArgs {\n          stringListArgField(stringListArg: $stringVar)\n        }'),
 ('BooleanToNonNullBooleanInDirective','$boolVar: Boolean','dog @include(if: $boolVar)'),
 ('StringToNonNullBooleanInDirective','$stringVar: String','dog @include(if: $stringVar)'),
 ('StringListToNonNullStringList','$stringListVar: [String]','complicatedArgs {\n          stringListNonNullArgField(stringListNonNullArg: $stringListVar)\n        }'),
 ('NullableDefaultNullToNonNull','$intVar: Int = null','complicatedArgs {\n          nonNullIntArgField(nonNullIntArg: $intVar)\n        }'),
 ('NullableToNonNullFieldWithDefault','$intVar: Int','complicatedArgs {\n          nonNullFieldWithDefault(arg: $intVar)\n        }'),
 ('BooleanToNonNullArgWithDefault','$boolVar: Boolean = false','complicatedArgs {\n          nonNullIntArgField(nonNullIntArg: $boolVar)\n        }'),
 ('NonNullVariableIntoOneOf','$string: String!','complicatedArgs {\n          oneOfArgField(oneOfArg: { stringField: $string })\n        }'),
 ('NullableVariableIntoOneOf','$string: String','complicatedArgs {\n          oneOfArgField(oneOfArg: { stringField: $string })\n        }'),
]:
    case(R,n,'\n      '+q(v,b))
case(R,'IntToNonNullIntWithinFragment','''
      fragment nonNullIntArgFieldFrag on ComplicatedArgs {
        nonNullIntArgField(nonNullIntArg: $intArg)
      }

      query Query($intArg: Int) {
        complicatedArgs {
          ...nonNullIntArgFieldFrag
        }
      }''')
case(R,'IntToNonNullIntWithinNestedFragment','''
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
      }''')

R='UniqueInputFieldNamesRule'
for n,d in [
 ('InputObjectWithFields','{\n        field(arg: { f: true })\n      }'),
 ('SameInputObjectWithinTwoArgs','{\n        field(arg1: { f: true }, arg2: { f: true })\n      }'),
 ('MultipleInputObjectFields','{\n        field(arg: { f1: "value", f2: "value", f3: "value" })\n      }'),
 ('AllowsForNestedInputObjectsWithSimilarFields','{\n        field(arg: {\n          deep: {\n            deep: {\n              id: 1\n            }\n            id: 1\n          }\n          id: 1\n        })\n      }'),
 ('DuplicateInputObjectFields','{\n        field(arg: { f1: "value", f1: "value" })\n      }'),
 ('ManyDuplicateInputObjectFields','{\n        field(arg: { f1: "value", f1: "value", f1: "value" })\n      }'),
 ('NestedDuplicateInputObjectFields','{\n        field(arg: { f1: {f2: "value", f2: "value" }})\n      }'),
]:
    case(R,n,'\n      '+d)

json.dump(C, open('cases.json','w'))
print(len(C))

C2 = []
R='OverlappingFieldsCanBeMergedRule'
def oc(name, doc, schema='harness'):
    C2.append(dict(rule=R, name=name, doc=doc, schema=schema))
oc('UniqueFields','''
      fragment uniqueFields on Dog {
        name
        nickname
      }''')
oc('IdenticalFields','''
      fragment mergeIdenticalFields on Dog {
        name
        name
      }''')
oc('IdenticalFieldsWithIdenticalArgs','''
      fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
        doesKnowCommand(dogCommand: SIT)
      }''')
oc('IdenticalFieldsWithIdenticalDirectives','''
      fragment mergeSameFieldsWithSameDirectives on Dog {
        name @include(if: true)
        name @include(if: true)
      }''')
oc('DifferentArgsWithDifferentAliases','''
      fragment differentArgsWithDifferentAliases on Dog {
        knowsSit: doesKnowCommand(dogCommand: SIT)
        knowsDown: doesKnowCommand(dogCommand: DOWN)
      }''')
oc('DifferentDirectivesWithDifferentAliases','''
      fragment differentDirectivesWithDifferentAliases on Dog {
        nameIfTrue: name @include(if: true)
        nameIfFalse: name @include(if: false)
      }''')
oc('DifferentSkipIncludeDirectivesAccepted','''
      fragment differentDirectivesWithDifferentAliases on Dog {
        name @include(if: true)
        name @include(if: false)
      }''')
oc('SameAliasesWithDifferentFieldTargets','''
      fragment sameAliasesWithDifferentFieldTargets on Dog {
        fido: name
        fido: nickname
      }''')
oc('SameAliasesAllowedOnNonOverlappingFields','''
      fragment sameAliasesWithDifferentFieldTargets on Pet {
        ... on Dog {
          name
        }
        ... on Cat {
          name: nickname
        }
      }''')
oc('AliasMaskingDirectFieldAccess','''
      fragment aliasMaskingDirectFieldAccess on Dog {
        name: nickname
        name
      }''')
oc('DifferentArgsSecondAddsAnArgument','''
      fragment conflictingArgs on Dog {
        doesKnowCommand
        doesKnowCommand(dogCommand: HEEL)
      }''')
oc('DifferentArgsSecondMissingAnArgument','''
      fragment conflictingArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
        doesKnowCommand
      }''')
oc('ConflictingArgValues','''
      fragment conflictingArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
        doesKnowCommand(dogCommand: HEEL)
      }''')
oc('ConflictingArgNames','''
      fragment conflictingArgs on Dog {
        isAtLocation(x: 0)
        isAtLocation(y: 0)
      }''')
oc('AllowsDifferentArgsWhereNoConflictIsPossible','''
      fragment conflictingArgs on Pet {
        ... on Dog {
          name(surname: true)
        }
        ... on Cat {
          name
        }
      }''')
oc('AllowsDifferentOrderOfArgs','''
      {
        someField(a: null, b: null)
        someField(b: null, a: null)
      }''')
oc('AllowsDifferentOrderOfInputObjectFields','''
      {
        someField(arg: { a: null, b: null })
        someField(arg: { b: null, a: null })
      }''')
oc('StringAndBlockStringDiffer','''
      {
        someField(arg: "a")
        someField(arg: """a""")
      }''')
oc('VariablesCompareByName','''
      query ($a: Int, $b: Int) {
        dog { isAtLocation(x: $a) isAtLocation(x: $a) }
        cat: dog { isAtLocation(x: $a) isAtLocation(x: $b) }
      }''')
oc('EncountersConflictInFragments','''
      {
        ...A
        ...B
      }
      fragment A on Type {
        x: a
      }
      fragment B on Type {
        x: b
      }''')
oc('ReportsEachConflictOnce','''
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
      }''')
oc('DeepConflict','''
      {
        field {
          x: a
        },
        field {
          x: b
        }
      }''')
oc('DeepConflictWithMultipleIssues','''
      {
        field {
          x: a
          y: c
        },
        field {
          x: b
          y: d
        }
      }''')
oc('VeryDeepConflict','''
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
      }''')
oc('ReportsDeepConflictToNearestCommonAncestor','''
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
      }''')
oc('ReportsDeepConflictToNearestCommonAncestorInFragments','''
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
      }''')
oc('ReportsDeepConflictInNestedFragments','''
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
      }''')
oc('IgnoresUnknownFragments','''
      {
        field
        ...Unknown
        ...Known
      }

      fragment Known on T {
        field
        ...OtherUnknown
      }''')
oc('ConflictingReturnTypesWhichPotentiallyOverlap','''
          {
            someBox {
              ...on IntBox {
                scalar
              }
              ...on NonNullStringBox1 {
                scalar
              }
            }
          }''','box')
oc('CompatibleReturnShapesOnDifferentReturnTypes','''
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
          }''','box')
oc('DisallowsDifferingReturnTypesDespiteNoOverlap','''
          {
            someBox {
              ... on IntBox {
                scalar
              }
              ... on StringBox {
                scalar
              }
            }
          }''','box')
oc('ReportsCorrectlyWhenANonExclusiveFollowsAnExclusive','''
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
          }''','box')
oc('DisallowsDifferingReturnTypeNullabilityDespiteNoOverlap','''
          {
            someBox {
              ... on NonNullStringBox1 {
                scalar
              }
              ... on StringBox {
                scalar
              }
            }
          }''','box')
oc('DisallowsDifferingReturnTypeListDespiteNoOverlap','''
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
          }''','box')
oc('DisallowsDifferingSubfields','''
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
          }''','box')
oc('DisallowsDifferingDeepReturnTypesDespiteNoOverlap','''
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
          }''','box')
oc('AllowsNonConflictingOverlappingTypes','''
          {
            someBox {
              ... on IntBox {
                scalar: unrelatedField
              }
              ... on StringBox {
                scalar
              }
            }
          }''','box')
oc('SameWrappedScalarReturnTypes','''
          {
            someBox {
              ...on NonNullStringBox1 {
                scalar
              }
              ...on NonNullStringBox2 {
                scalar
              }
            }
          }''','box')
oc('AllowsInlineFragmentsWithoutTypeCondition','''
          {
            a
            ... {
              a
            }
          }''','box')
oc('ComparesDeepTypesIncludingList','''
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
          }''','box')
oc('IgnoresUnknownTypes','''
          {
            someBox {
              ...on UnknownType {
                scalar
              }
              ...on NonNullStringBox2 {
                scalar
              }
            }
          }''','box')
oc('ErrorMessageContainsHintForAliasConflict','''
      {
        dog {
          name: nickname
          name
        }
      }''')
oc('DoesNotInfiniteLoopOnRecursiveFragment','''
      {
        ...fragA
      }

      fragment fragA on Human { name, relatives { name, ...fragA } }''')
oc('DoesNotInfiniteLoopOnImmediatelyRecursiveFragment','''
      {
        ...fragA
      }

      fragment fragA on Human { name, ...fragA }''')
oc('FindsInvalidCaseEvenWithImmediatelyRecursiveFragment','''
      fragment sameAliasesWithDifferentFieldTargets on Dog {
        ...sameAliasesWithDifferentFieldTargets
        fido: name
        fido: nickname
      }''')
oc('DoesNotInfiniteLoopOnTransitivelyRecursiveFragment','''
      {
        ...fragA
        fragB
      }

      fragment fragA on Human { name, ...fragB }
      fragment fragB on Human { name, ...fragC }
      fragment fragC on Human { name, ...fragA }''')
oc('FindsInvalidCaseEvenWithFieldNamedAfterFragment','''
      {
        fragA
        ...fragA
      }

      fragment fragA on Type {
        fragA: b
      }''')
oc('MetaFieldsOnDifferentTypes','''
      {
        catOrDog {
          ... on Dog { __typename }
          ... on Cat { __typename: name }
        }
        pet { __typename __typename: name }
      }''')
oc('DuplicateFragmentSpreadsAndOperationWithSameFields','''
      query Q {
        dog { ...F ...F name: nickname }
      }
      fragment F on Dog { name }''')
C.extend(C2)
json.dump(C, open('cases.json','w'))
print(len(C))

C3 = []
def ac(name, doc, rule='all', schema='harness'):
    C3.append(dict(rule=rule, name=name, doc=doc, schema=schema))
R='MaxIntrospectionDepthRule'
ac('AllowsTwoNestedLists','''
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
      }''', R)
ac('RejectsThreeNestedLists','''
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
      }''', R)
ac('RejectsDepthThroughFragments','''
      query {
        __type(name: "Query") {
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
      }''', R)
ac('DoesNotLoopOnRecursiveFragments','''
      {
        __schema { types { ...T } }
      }
      fragment T on __Type { name ...T }''', R)
ac('ValidQuery','''
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
      }''')
ac('ErrorsFromSeveralRulesComeInGraphqlJsOrder','''
      query Q($unused: Int, $id: String) {
        human(id: $id, id: 4) @skip(if: $undefined) @skip(if: true) {
          name { first }
          pets
          unknown(arg: 1)
          ...Missing
          ... on Cat { meows }
        }
        dog { name: nickname name doesKnowCommand(dogCommand: JUMP) isAtLocation(x: "1") }
        complicatedArgs { complexArgField(complexArg: { intField: 1, intField: 2 }) multipleReqs(req1: null) }
      }
      query Q { dog { ...Cycle } }
      {
        cat { furColor }
      }
      fragment Cycle on Dog { mother { ...Cycle } }
      fragment Unused on Cat { meows }
      type Extra { field: Strin }''')
ac('VariableDefaultsAndDirectivesOnVariables','''
      query ($a: Int = "x" @onField, $b: Dog, $c: [String!]! = ["a", null]) {
        complicatedArgs { intArgField(intArg: $a) stringListArgField(stringListArg: $c) }
      }''')
ac('SubscriptionWithSeveralRootFields','''
      subscription S {
        importantEmails
        spamEmails @include(if: true)
        ... on SubscriptionRoot { newMessage { body } }
      }''', schema='subscription')
ac('IntrospectionQueryIsValid', '\n' + open('../../../../bench/documents/introspection-query.graphql').read())
ac('IntrospectionErrors','''
      {
        __schema { types { name fields { type { fields { type { fields { name } } } } } } }
        __type(name: 1) { name kind unknownField ofType }
        dog { __schema { queryType { name } } }
      }''')
C.extend(C3)
json.dump(C, open('cases.json','w'))
print(len(C))
