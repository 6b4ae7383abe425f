using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/UniqueInputFieldNamesRule-test.ts; expectations are graphql-js 16.15's own output.
public class UniqueInputFieldNamesRuleTests
{
    private static readonly UniqueInputFieldNamesRule Rule = new();

    [Fact]
    public void InputObjectWithFields()
    {
        ExpectValid(
            Rule,
            @"
      {
        field(arg: { f: true })
      }");
    }

    [Fact]
    public void SameInputObjectWithinTwoArgs()
    {
        ExpectValid(
            Rule,
            @"
      {
        field(arg1: { f: true }, arg2: { f: true })
      }");
    }

    [Fact]
    public void MultipleInputObjectFields()
    {
        ExpectValid(
            Rule,
            @"
      {
        field(arg: { f1: ""value"", f2: ""value"", f3: ""value"" })
      }");
    }

    [Fact]
    public void AllowsForNestedInputObjectsWithSimilarFields()
    {
        ExpectValid(
            Rule,
            @"
      {
        field(arg: {
          deep: {
            deep: {
              id: 1
            }
            id: 1
          }
          id: 1
        })
      }");
    }

    [Fact]
    public void DuplicateInputObjectFields()
    {
        ExpectErrors(
            Rule,
            @"
      {
        field(arg: { f1: ""value"", f1: ""value"" })
      }",
            Error("There can be only one input field named \"f1\".", (3, 22), (3, 35)));
    }

    [Fact]
    public void ManyDuplicateInputObjectFields()
    {
        ExpectErrors(
            Rule,
            @"
      {
        field(arg: { f1: ""value"", f1: ""value"", f1: ""value"" })
      }",
            Error("There can be only one input field named \"f1\".", (3, 22), (3, 35)),
            Error("There can be only one input field named \"f1\".", (3, 22), (3, 48)));
    }

    [Fact]
    public void NestedDuplicateInputObjectFields()
    {
        ExpectErrors(
            Rule,
            @"
      {
        field(arg: { f1: {f2: ""value"", f2: ""value"" }})
      }",
            Error("There can be only one input field named \"f2\".", (3, 27), (3, 40)));
    }
}
