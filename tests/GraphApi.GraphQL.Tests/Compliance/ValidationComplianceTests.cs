using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>
/// Our validator against graphql-js 16 on the validation corpus (tests/compliance/corpus/validation):
/// hand-written cases per rule, and seeded random operations each broken against one rule.
/// </summary>
public sealed class ValidationComplianceTests(ValidationComplianceTests.Corpus corpus) : IClassFixture<ValidationComplianceTests.Corpus>
{
    [Fact]
    public void The_corpus_has_at_least_500_operations_valid_and_invalid()
    {
        Assert.True(corpus.Cases.Count >= 500, $"Only {corpus.Cases.Count} operations.");
        Assert.True(corpus.Cases.Count(c => c.Expected.Errors.Count == 0) >= 100);
        Assert.True(corpus.Cases.Count(c => c.Expected.Errors.Count > 0) >= 300);
    }

    [Fact]
    public void Valid_and_invalid_agree_with_graphql_js() => AssertAgreement(
        "validity",
        c => (c.Expected.Errors.Count == 0) == (c.Actual.Count == 0) ? null : $"graphql-js: {Describe(c.Expected.Errors)}\nours: {Describe(c.Actual)}");

    [Fact]
    public void Error_locations_agree_with_graphql_js() => AssertAgreement(
        "locations",
        c => Locations(c.Expected.Errors) == Locations(c.Actual) ? null : $"graphql-js: {Describe(c.Expected.Errors)}\nours: {Describe(c.Actual)}");

    [Fact]
    public void Error_messages_agree_with_graphql_js() => AssertAgreement(
        "messages",
        c => Messages(c.Expected.Errors) == Messages(c.Actual) ? null : $"graphql-js: {Describe(c.Expected.Errors)}\nours: {Describe(c.Actual)}");

    private void AssertAgreement(string what, Func<ValidatedCase, string?> disagreement)
    {
        var failures = corpus.Cases
            .Select(c => (c.Expected.Name, c.Expected.Source, Difference: disagreement(c)))
            .Where(c => c.Difference is not null)
            .ToList();
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {corpus.Cases.Count} operations disagree on {what}:\n\n" +
            string.Join("\n\n", failures.Take(30).Select(f => $"{f.Name}:\n{f.Source.TrimEnd()}\n{f.Difference}")));
    }

    private static string Locations(IEnumerable<OracleError> errors) =>
        string.Join(" | ", errors.Select(e => string.Join(",", e.Locations.Select(l => $"{l.Line}:{l.Column}"))).Order(StringComparer.Ordinal));

    private static string Locations(IEnumerable<GraphQLError> errors) =>
        string.Join(" | ", errors.Select(e => string.Join(",", (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"))).Order(StringComparer.Ordinal));

    private static string Messages(IEnumerable<OracleError> errors) => string.Join("\n", errors.Select(e => e.Message).Order(StringComparer.Ordinal));

    private static string Messages(IEnumerable<GraphQLError> errors) => string.Join("\n", errors.Select(e => e.Message).Order(StringComparer.Ordinal));

    private static string Describe(IEnumerable<OracleError> errors) =>
        "[" + string.Join("; ", errors.Select(e => $"{e.Message} @ {string.Join(",", e.Locations.Select(l => $"{l.Line}:{l.Column}"))}")) + "]";

    private static string Describe(IEnumerable<GraphQLError> errors) =>
        "[" + string.Join("; ", errors.Select(e => $"{e.Message} @ {string.Join(",", (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"))}")) + "]";

    /// <summary>One corpus case: graphql-js's verdict and ours.</summary>
    public sealed record ValidatedCase(ValidationCase Expected, IReadOnlyList<GraphQLError> Actual);

    /// <summary>Asks graphql-js once for the whole corpus and validates every case with our validator.</summary>
    public sealed class Corpus
    {
        public Corpus()
        {
            var oracle = NodeOracle.Run<ValidationOracleResponse>("validation.mjs", new { seed = 7, randomDocuments = 450 });
            var schema = SchemaBuilder.FromSdl(oracle.Schema);
            Cases = oracle.Documents
                .Select(c => new ValidatedCase(c, DocumentValidator.Validate(schema, Parser.Parse(c.Source))))
                .ToList();
        }

        public IReadOnlyList<ValidatedCase> Cases { get; }
    }
}
