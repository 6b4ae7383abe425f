using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/PossibleFragmentSpreadsRule-test.ts; expectations are graphql-js 16.15's own output.
public class PossibleFragmentSpreadsRuleTests
{
    private static readonly PossibleFragmentSpreadsRule Rule = new();

    [Fact]
    public void OfTheSameObject()
    {
        ExpectValid(
            Rule,
            @"
      fragment objectWithinObject on Dog { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }");
    }

    [Fact]
    public void OfTheSameObjectWithInlineFragment()
    {
        ExpectValid(
            Rule,
            @"
      fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }");
    }

    [Fact]
    public void ObjectIntoAnImplementedInterface()
    {
        ExpectValid(
            Rule,
            @"
      fragment objectWithinInterface on Pet { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }");
    }

    [Fact]
    public void ObjectIntoContainingUnion()
    {
        ExpectValid(
            Rule,
            @"
      fragment objectWithinUnion on CatOrDog { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }");
    }

    [Fact]
    public void UnionIntoContainedObject()
    {
        ExpectValid(
            Rule,
            @"
      fragment unionWithinObject on Dog { ...catOrDogFragment }
      fragment catOrDogFragment on CatOrDog { __typename }");
    }

    [Fact]
    public void InterfaceIntoImplementedObject()
    {
        ExpectValid(
            Rule,
            @"
      fragment interfaceWithinObject on Dog { ...petFragment }
      fragment petFragment on Pet { name }");
    }

    [Fact]
    public void InterfaceIntoOverlappingUnion()
    {
        ExpectValid(
            Rule,
            @"
      fragment interfaceWithinUnion on CatOrDog { ...petFragment }
      fragment petFragment on Pet { name }");
    }

    [Fact]
    public void IgnoresIncorrectType()
    {
        ExpectValid(
            Rule,
            @"
      fragment petFragment on Pet { ...badInADifferentWay }
      fragment badInADifferentWay on String { name }");
    }

    [Fact]
    public void IgnoresUnknownFragments()
    {
        ExpectValid(
            Rule,
            @"
      fragment petFragment on Pet { ...UnknownFragment }");
    }

    [Fact]
    public void DifferentObjectIntoObject()
    {
        ExpectErrors(
            Rule,
            @"
      fragment invalidObjectWithinObject on Cat { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }",
            Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 51)));
    }

    [Fact]
    public void DifferentObjectIntoObjectInInlineFragment()
    {
        ExpectErrors(
            Rule,
            @"
      fragment invalidObjectWithinObjectAnon on Cat {
        ... on Dog { barkVolume }
      }",
            Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (3, 9)));
    }

    [Fact]
    public void ObjectIntoNotImplementingInterface()
    {
        ExpectErrors(
            Rule,
            @"
      fragment invalidObjectWithinInterface on Pet { ...humanFragment }
      fragment humanFragment on Human { pets { name } }",
            Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (2, 54)));
    }

    [Fact]
    public void ObjectIntoNotContainingUnion()
    {
        ExpectErrors(
            Rule,
            @"
      fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
      fragment humanFragment on Human { pets { name } }",
            Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (2, 55)));
    }

    [Fact]
    public void UnionIntoNotContainedObject()
    {
        ExpectErrors(
            Rule,
            @"
      fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
      fragment catOrDogFragment on CatOrDog { __typename }",
            Error("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (2, 52)));
    }

    [Fact]
    public void InterfaceIntoNonImplementingObject()
    {
        ExpectErrors(
            Rule,
            @"
      fragment invalidInterfaceWithinObject on Human { ...petFragment }
      fragment petFragment on Pet { name }",
            Error("Fragment \"petFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"Pet\".", (2, 56)));
    }

    [Fact]
    public void InterfaceIntoNonOverlappingInterfaceInInlineFragment()
    {
        ExpectValid(
            Rule,
            @"
      fragment invalidInterfaceWithinInterfaceAnon on Pet {
        ...on Mammal { mother { name } }
      }");
    }

    [Fact]
    public void InterfaceIntoImplementedInterface()
    {
        ExpectValid(
            Rule,
            @"
      fragment interfaceWithinInterface on Mammal { ...canineFragment }
      fragment canineFragment on Canine { name }");
    }
}
