using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Validation;
using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

// The validator's options and guarantees; messages as graphql-js 16.15 gives them for the same calls.
public class DocumentValidatorOptionsTests
{
    [Fact]
    public void ValidDocumentHasNoErrors()
    {
        var errors = DocumentValidator.Validate(TestSchema, Parser.Parse("{ dog { name } }"));

        Assert.Empty(errors);
    }

    [Fact]
    public void StopsAfterMaxErrorsWithAnUnlocatedError()
    {
        var errors = DocumentValidator.Validate(TestSchema, Parser.Parse("{ a0 a1 a2 }"), SpecifiedRules.All, maxErrors: 2);

        Assert.Equal(
            [
                "Cannot query field \"a0\" on type \"QueryRoot\".",
                "Cannot query field \"a1\" on type \"QueryRoot\".",
                "Too many validation errors, error limit reached. Validation aborted.",
            ],
            errors.Select(e => e.Message));
        Assert.Null(errors[2].Locations);
    }

    [Fact]
    public void DefaultLimitIsOneHundredErrors()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 150).Select(i => "f" + i));

        var errors = DocumentValidator.Validate(TestSchema, Parser.Parse("{ " + fields + " }"));

        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[100].Message);
    }

    [Fact]
    public void SuggestionsAreGivenByDefault()
    {
        var errors = DocumentValidator.Validate(TestSchema, Parser.Parse("{ dog { nam } complicatedArgs { enumArgField(enumArg: BROWNN) } }"));

        Assert.Equal(
            [
                "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?",
                "Value \"BROWNN\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void SuggestionsCanBeHidden()
    {
        var errors = DocumentValidator.Validate(
            TestSchema,
            Parser.Parse("{ dog { nam } complicatedArgs { enumArgField(enumArg: BROWNN) } }"),
            SpecifiedRules.All,
            hideSuggestions: true);

        Assert.Equal(
            [
                "Cannot query field \"nam\" on type \"Dog\".",
                "Value \"BROWNN\" does not exist in \"FurColor\" enum.",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void ErrorsCarryTheValidationCodeAndLocations()
    {
        var error = Assert.Single(DocumentValidator.Validate(TestSchema, Parser.Parse("{\n  dog { name: nickname name }\n}"), [new FieldsOnCorrectTypeRule(), new OverlappingFieldsCanBeMergedRule()]));

        Assert.Equal(DocumentValidator.ErrorCode, error.Code);
        Assert.Equal([new ErrorLocation(2, 9), new ErrorLocation(2, 24)], error.Locations);
    }

    [Fact]
    public void RunsOnlyTheGivenRules()
    {
        var document = Parser.Parse("query Q($unused: Int) { dog { unknown } }");

        Assert.Equal(
            ["Variable \"$unused\" is never used in operation \"Q\"."],
            DocumentValidator.Validate(TestSchema, document, [new NoUnusedVariablesRule()]).Select(e => e.Message));
    }

    [Fact]
    public void AbortsWhenFollowingFragmentsCostsTooMuch()
    {
        // Twenty operations each entering a long fragment chain at a different point exceed graphql-js's budget of 50,000.
        var operations = string.Join("\n", Enumerable.Range(0, 20).Select(i => $"query Q{i}($v: Boolean) {{ dog {{ ...F{i} }} }}"));
        var fragments = string.Join("\n", Enumerable.Range(0, 1000).Select(i => $"fragment F{i} on Dog {{ name(surname: $v) ...F{i + 1} }}"));
        var document = Parser.Parse(operations + "\n" + fragments + "\nfragment F1000 on Dog { name }");

        var errors = DocumentValidator.Validate(TestSchema, document, [new NoUnusedVariablesRule()]);

        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);
    }

    [Fact]
    public void LongFragmentChainsAbortInsteadOfOverflowingTheStack()
    {
        const int chainLength = 20_000;
        var text = "{ dog { ...F0 } }\n"
            + string.Join("\n", Enumerable.Range(0, chainLength).Select(i => $"fragment F{i} on Dog {{ name ...F{i + 1} }}"))
            + $"\nfragment F{chainLength} on Dog {{ name }}";
        var document = Parser.Parse(text, new ParserOptions { MaxTokens = 1_000_000 });
        IReadOnlyList<GraphQLError>? errors = null;

        // A small stack, as a thread pool thread may have, must not be exhausted by the recursive rules.
        var thread = new Thread(() => errors = DocumentValidator.Validate(TestSchema, document), 1024 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal("Validation aborted.", Assert.Single(errors!).Message);
    }

    [Fact]
    public void ConcurrentValidationsDoNotShareState()
    {
        var valid = Parser.Parse("query Q($id: ID) { human(id: $id) { name ...F } } fragment F on Human { pets { name } }");
        var invalid = Parser.Parse("query Q($id: String) { human(id: $id) { name { x } ...F } } fragment F on Human { pets }");
        var expectedInvalid = DocumentValidator.Validate(TestSchema, invalid).Select(e => e.Message).ToArray();

        Parallel.For(0, 2000, i =>
        {
            var document = i % 2 == 0 ? valid : invalid;
            var messages = DocumentValidator.Validate(TestSchema, document).Select(e => e.Message).ToArray();
            Assert.Equal(i % 2 == 0 ? [] : expectedInvalid, messages);
        });
        Assert.Equal(3, expectedInvalid.Length);
    }

    [Fact]
    public void StatefulRuleInstancesAreNotShared()
    {
        var rule = new UniqueOperationNamesRule();
        var document = Parser.Parse("query A { dog { name } }");

        Assert.Empty(DocumentValidator.Validate(TestSchema, document, [rule]));
        Assert.Empty(DocumentValidator.Validate(TestSchema, document, [rule]));
    }

    [Fact]
    public void TypeSystemDefinitionsAreReportedNotExecuted()
    {
        var document = Parser.Parse("type T { f: Strin @unknown }\n{ dog { name } }");

        Assert.Equal(
            [
                "The \"T\" definition is not executable.",
                "Unknown type \"Strin\". Did you mean \"String\"?",
                "Unknown directive \"@unknown\".",
            ],
            DocumentValidator.Validate(TestSchema, document).Select(e => e.Message));
    }

    [Fact]
    public void CustomRulesGetTypeInformation()
    {
        var rule = new RecordingRule();

        DocumentValidator.Validate(TestSchema, Parser.Parse("{ human(id: 1) { pets { name } } }"), [rule]);

        Assert.Equal(["QueryRoot.human: Human", "Human.pets: [Pet]", "Pet.name: String"], rule.Seen);
    }

    private sealed class RecordingRule : ValidationRule
    {
        public List<string> Seen { get; } = [];

        public override bool EnterField(ValidationContext context, FieldNode node)
        {
            Seen.Add($"{context.ParentType}.{node.Name.Value}: {context.Type}");
            return true;
        }
    }
}
