using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/FieldsOnCorrectTypeRule-test.ts; expectations are graphql-js 16.15's own output.
public class FieldsOnCorrectTypeRuleTests
{
    private static readonly FieldsOnCorrectTypeRule Rule = new();

    [Fact]
    public void ObjectFieldSelection()
    {
        ExpectValid(
            Rule,
            @"
      fragment objectFieldSelection on Dog {
        __typename
        name
      }");
    }

    [Fact]
    public void AliasedObjectFieldSelection()
    {
        ExpectValid(
            Rule,
            @"
      fragment aliasedObjectFieldSelection on Dog {
        tn : __typename
        otherName : name
      }");
    }

    [Fact]
    public void InterfaceFieldSelection()
    {
        ExpectValid(
            Rule,
            @"
      fragment interfaceFieldSelection on Pet {
        __typename
        name
      }");
    }

    [Fact]
    public void LyingAliasSelection()
    {
        ExpectValid(
            Rule,
            @"
      fragment lyingAliasSelection on Dog {
        name : nickname
      }");
    }

    [Fact]
    public void IgnoresFieldsOnUnknownType()
    {
        ExpectValid(
            Rule,
            @"
      fragment unknownSelection on UnknownType {
        unknownField
      }");
    }

    [Fact]
    public void ReportsErrorsWhenTypeIsKnownAgain()
    {
        ExpectErrors(
            Rule,
            @"
      fragment typeKnownAgain on Pet {
        unknown_pet_field {
          ... on Cat {
            unknown_cat_field
          }
        }
      }",
            Error("Cannot query field \"unknown_pet_field\" on type \"Pet\".", (3, 9)),
            Error("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (5, 13)));
    }

    [Fact]
    public void FieldNotDefinedOnFragment()
    {
        ExpectErrors(
            Rule,
            @"
      fragment fieldNotDefined on Dog {
        meowVolume
      }",
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 9)));
    }

    [Fact]
    public void IgnoresDeeplyUnknownField()
    {
        ExpectErrors(
            Rule,
            @"
      fragment deepFieldNotDefined on Dog {
        unknown_field {
          deeper_unknown_field
        }
      }",
            Error("Cannot query field \"unknown_field\" on type \"Dog\".", (3, 9)));
    }

    [Fact]
    public void SubFieldNotDefined()
    {
        ExpectErrors(
            Rule,
            @"
      fragment subFieldNotDefined on Human {
        pets {
          unknown_field
        }
      }",
            Error("Cannot query field \"unknown_field\" on type \"Pet\".", (4, 11)));
    }

    [Fact]
    public void FieldNotDefinedOnInlineFragment()
    {
        ExpectErrors(
            Rule,
            @"
      fragment fieldNotDefined on Pet {
        ... on Dog {
          meowVolume
        }
      }",
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (4, 11)));
    }

    [Fact]
    public void AliasedFieldTargetNotDefined()
    {
        ExpectErrors(
            Rule,
            @"
      fragment aliasedFieldTargetNotDefined on Dog {
        volume : mooVolume
      }",
            Error("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 9)));
    }

    [Fact]
    public void AliasedLyingFieldTargetNotDefined()
    {
        ExpectErrors(
            Rule,
            @"
      fragment aliasedLyingFieldTargetNotDefined on Dog {
        barkVolume : kawVolume
      }",
            Error("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 9)));
    }

    [Fact]
    public void NotDefinedOnInterface()
    {
        ExpectErrors(
            Rule,
            @"
      fragment notDefinedOnInterface on Pet {
        tailLength
      }",
            Error("Cannot query field \"tailLength\" on type \"Pet\".", (3, 9)));
    }

    [Fact]
    public void DefinedOnImplementorsButNotOnInterface()
    {
        ExpectErrors(
            Rule,
            @"
      fragment definedOnImplementorsButNotInterface on Pet {
        nickname
      }",
            Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (3, 9)));
    }

    [Fact]
    public void MetaFieldSelectionOnUnion()
    {
        ExpectValid(
            Rule,
            @"
      fragment directFieldSelectionOnUnion on CatOrDog {
        __typename
      }");
    }

    [Fact]
    public void DirectFieldSelectionOnUnion()
    {
        ExpectErrors(
            Rule,
            @"
      fragment directFieldSelectionOnUnion on CatOrDog {
        directField
      }",
            Error("Cannot query field \"directField\" on type \"CatOrDog\".", (3, 9)));
    }

    [Fact]
    public void DefinedOnImplementorsQueriedOnUnion()
    {
        ExpectErrors(
            Rule,
            @"
      fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
        name
      }",
            Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (3, 9)));
    }

    [Fact]
    public void ValidFieldInInlineFragment()
    {
        ExpectValid(
            Rule,
            @"
      fragment objectFieldSelection on Pet {
        ... on Dog {
          name
        }
        ... {
          name
        }
      }");
    }

    [Fact]
    public void SchemaMetaFieldsOnlyOnQueryRoot()
    {
        ExpectErrors(
            Rule,
            @"
      {
        dog { __schema { types } __type(name: ""Dog"") { name } }
      }",
            Error("Cannot query field \"__schema\" on type \"Dog\".", (3, 15)),
            Error("Cannot query field \"__type\" on type \"Dog\".", (3, 34)));
    }
}
