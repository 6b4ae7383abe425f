using System.Text.Json;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphQLDotnetPeer;

/// <summary>
/// graphql-dotnet 8.8.5 on GraphApi's compliance corpora, against graphql-js 16.15's verdicts (the reference):
/// the parser corpus (tests/compliance/corpus/parser/valid and invalid, filed by what graphql-js does), and the
/// validation corpus with graphql-js's errors from tests/compliance/oracles/validation.mjs. Prints every case where
/// graphql-dotnet or GraphApi disagrees with graphql-js on accepting a document.
/// </summary>
public static class ComplianceComparison
{
    /// <summary>
    /// Runs both corpora; <paramref name="validationOracle"/> is tests/compliance/oracles/validation.mjs's answer (the corpus),
    /// <paramref name="validateScript"/> bench/peers/graphql-js/validate-documents.mjs. Returns 0: disagreements are findings.
    /// </summary>
    public static async Task<int> RunAsync(string validationOracle, string validateScript)
    {
        var corpus = Environment.GetEnvironmentVariable("COMPLIANCE_CORPUS") ?? throw new InvalidOperationException("set COMPLIANCE_CORPUS to tests/compliance/corpus");

        ParserCorpus(Path.Combine(corpus, "parser"));
        await ValidationCorpusAsync(validationOracle, validateScript);
        return 0;
    }

    private static void ParserCorpus(string folder)
    {
        var cases = Directory.EnumerateFiles(Path.Combine(folder, "valid"), "*.graphql").Select(file => (File: file, Valid: true))
            .Concat(Directory.EnumerateFiles(Path.Combine(folder, "invalid"), "*.graphql").Select(file => (File: file, Valid: false)))
            .OrderBy(c => c.File, StringComparer.Ordinal)
            .ToList();
        var rows = new List<string>();
        int theirsAgree = 0, oursAgree = 0;
        foreach (var (file, valid) in cases)
        {
            var source = File.ReadAllText(file);
            var (theirs, theirMessage) = Try(() => GraphQLParser.Parser.Parse(source, new GraphQLParser.ParserOptions { Ignore = GraphQLParser.IgnoreOptions.Comments }));
            var (ours, ourMessage) = Try(() => GraphApi.GraphQL.Language.Parser.Parse(source));
            theirsAgree += theirs == valid ? 1 : 0;
            oursAgree += ours == valid ? 1 : 0;
            if (theirs != valid || ours != valid)
            {
                rows.Add($"| {Path.GetFileName(file)} | {Verdict(valid)} | {Verdict(theirs)}{Note(theirs == valid ? null : theirMessage)} | {Verdict(ours)}{Note(ours == valid ? null : ourMessage)} |");
            }
        }

        Console.WriteLine($"## Parser corpus: {cases.Count} documents (tests/compliance/corpus/parser)");
        Console.WriteLine();
        Console.WriteLine($"graphql-dotnet (GraphQL-Parser 9.5.1) agrees with graphql-js on {theirsAgree} of {cases.Count}; GraphApi on {oursAgree} of {cases.Count}.");
        PrintTable("| document | graphql-js (right by definition) | graphql-dotnet | GraphApi |", rows);
    }

    private static async Task ValidationCorpusAsync(string oraclePath, string validateScript)
    {
        using var oracle = JsonDocument.Parse(File.ReadAllText(oraclePath));
        var originalSdl = oracle.RootElement.GetProperty("schema").GetString()!;
        var (theirSchema, sdl, widened) = LoadableSchema(originalSdl);
        var documents = oracle.RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => (Name: d.GetProperty("name").GetString()!, Source: d.GetProperty("source").GetString()!))
            .ToList();

        // graphql-js's verdicts on the schema graphql-dotnet could load (the oracle's are on the original).
        var jsVerdicts = await GraphQLJsValidateAsync(validateScript, sdl, documents);
        var ourSchema = GraphApi.GraphQL.Types.SchemaBuilder.FromSdl(sdl);
        var rows = new List<string>();
        int theirsAgree = 0, oursAgree = 0;
        var validator = new DocumentValidator();
        foreach (var (name, source) in documents)
        {
            var jsErrors = jsVerdicts[name];
            var jsValid = jsErrors.Count == 0;
            var ourErrors = OurErrors(ourSchema, source);
            var theirErrors = await TheirErrorsAsync(validator, theirSchema, source);
            var theirsValid = theirErrors.Count == 0;
            var oursValid = ourErrors.Count == 0;
            theirsAgree += theirsValid == jsValid ? 1 : 0;
            oursAgree += oursValid == jsValid ? 1 : 0;
            if (theirsValid != jsValid || oursValid != jsValid)
            {
                rows.Add($"| {name} | `{Cell(source)}` | {Verdict(jsValid)}{Note(jsErrors.FirstOrDefault())} | {Verdict(theirsValid)}{Note(theirsValid == jsValid ? null : theirErrors.FirstOrDefault())} | {Verdict(oursValid)}{Note(oursValid == jsValid ? null : ourErrors.FirstOrDefault())} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"## Validation corpus: {documents.Count} operations (tests/compliance/corpus/validation: the hand-written cases and the oracle's seeded random ones)");
        Console.WriteLine();
        if (widened.Count > 0)
        {
            Console.WriteLine("graphql-dotnet 8.8.5 refuses the corpus schema, which graphql-js accepts: it does not take an object type's field of a type");
            Console.WriteLine("that implements the interface field's type as a valid implementation (spec §3.6.1 IsValidImplementationFieldType, covariance).");
            Console.WriteLine($"Every side below validates against the schema with those fields widened to the interface's type ({string.Join(", ", widened)}),");
            Console.WriteLine("and graphql-js's verdicts come from graphql-js 16.15 validating against that same schema.");
            Console.WriteLine();
        }

        Console.WriteLine($"graphql-dotnet agrees with graphql-js on valid/invalid for {theirsAgree} of {documents.Count}; GraphApi on {oursAgree} of {documents.Count}.");
        PrintTable("| case | document | graphql-js (right by definition) | graphql-dotnet | GraphApi |", rows);
    }

    private static List<string> OurErrors(GraphApi.GraphQL.Types.Schema schema, string source)
    {
        try
        {
            return [.. GraphApi.GraphQL.Validation.DocumentValidator.Validate(schema, GraphApi.GraphQL.Language.Parser.Parse(source)).Select(e => e.Message)];
        }
        catch (GraphApi.GraphQL.GraphQLException exception)
        {
            return [$"parse: {exception.Message}"];
        }
    }

    /// <summary>
    /// The corpus schema as graphql-dotnet builds it: while it refuses a covariant field ("Field 'mother' must be of type
    /// 'Mammal' or covariant from it, but in fact it is of type 'Dog'"), that field of that type is widened and it tries again.
    /// </summary>
    private static (ISchema Schema, string Sdl, List<string> Widened) LoadableSchema(string sdl)
    {
        var widened = new List<string>();
        var refusal = new System.Text.RegularExpressions.Regex("with name '(?<type>\\w+)' does not implement interface .* with name '\\w+'\\. Field '(?<field>\\w+)' must be of type '(?<wanted>[^']+)' or covariant from it, but in fact it is of type '(?<actual>[^']+)'");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var definitions = GraphQLParser.Parser.Parse(sdl).Definitions;
                var abstractTypes = definitions
                    .Select(definition => definition switch { GraphQLUnionTypeDefinition union => union.Name.StringValue, GraphQLInterfaceTypeDefinition contract => contract.Name.StringValue, _ => null })
                    .OfType<string>()
                    .ToList();
                var subscriptionType = definitions.OfType<GraphQLSchemaDefinition>().SelectMany(d => d.OperationTypes).FirstOrDefault(t => t.Operation == OperationType.Subscription)?.Type?.Name.StringValue ?? "Subscription";
                var subscriptionFields = definitions.OfType<GraphQLObjectTypeDefinition>().Where(d => d.Name.StringValue == subscriptionType)
                    .SelectMany(d => d.Fields?.Items ?? []).Select(f => f.Name.StringValue).ToList();

                // Validation needs no resolvers, but graphql-dotnet refuses unions and interfaces that cannot resolve a type,
                // and subscription fields without a source stream.
                var schema = Schema.For(sdl, builder =>
                {
                    abstractTypes.ForEach(name => builder.Types.For(name).ResolveType = _ => null!);
                    subscriptionFields.ForEach(field => builder.Types.For(subscriptionType).FieldFor(field).StreamResolver = new SourceStreamResolver<object>(_ => NoEvents.Instance));
                });
                schema.Features.RepeatableDirectives = true;
                schema.Features.DeprecationOfInputValues = true;
                schema.Initialize();
                return (schema, sdl, widened);
            }
            catch (ArgumentException exception) when (attempt < 50 && refusal.Match(exception.Message) is { Success: true } match)
            {
                var type = match.Groups["type"].Value;
                var field = match.Groups["field"].Value;
                var block = new System.Text.RegularExpressions.Regex($"((?:type|interface) {type}\\b[^{{]*\\{{[^}}]*?\\b{field}(?:\\([^)]*\\))?: ){System.Text.RegularExpressions.Regex.Escape(match.Groups["actual"].Value)}");
                var changed = block.Replace(sdl, "${1}" + match.Groups["wanted"].Value, 1);
                if (changed == sdl)
                {
                    throw;
                }

                sdl = changed;
                widened.Add($"{type}.{field}: {match.Groups["actual"].Value} -> {match.Groups["wanted"].Value}");
            }
        }
    }

    private static async Task<Dictionary<string, List<string>>> GraphQLJsValidateAsync(string script, string sdl, List<(string Name, string Source)> documents)
    {
        var start = new System.Diagnostics.ProcessStartInfo("node", [script]) { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var node = System.Diagnostics.Process.Start(start)!;
        await node.StandardInput.WriteAsync(JsonSerializer.Serialize(new { schema = sdl, documents = documents.Select(d => new { name = d.Name, source = d.Source }) }));
        node.StandardInput.Close();
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        using var answer = JsonDocument.Parse(output);
        return answer.RootElement.GetProperty("results").EnumerateArray().ToDictionary(
            r => r.GetProperty("name").GetString()!,
            r => r.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList());
    }

    // graphql-dotnet validates the operation it is about to run (with the request's variables): every operation of the document in turn.
    private static async Task<List<string>> TheirErrorsAsync(DocumentValidator validator, ISchema schema, string source)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(source, new GraphQLParser.ParserOptions { Ignore = GraphQLParser.IgnoreOptions.Comments });
        }
        catch (Exception exception)
        {
            return [$"parse: {exception.Message}"];
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var errors = new List<string>();
        foreach (var operation in operations.Count == 0 ? [null] : operations.Cast<GraphQLOperationDefinition?>())
        {
            try
            {
                var options = new ValidationOptions { Schema = schema, Document = document, Rules = DocumentValidator.CoreRules, Operation = operation!, Variables = GraphQL.Inputs.Empty, Extensions = GraphQL.Inputs.Empty };
                var result = await validator.ValidateAsync(options);
                // It also coerces the request's variable values, which this corpus has none of: those errors are not the document's.
                errors.AddRange(result.Errors.Where(e => e is not InvalidVariableError).Select(e => e.Message));
            }
            catch (Exception exception)
            {
                errors.Add($"{exception.GetType().Name}: {exception.Message}");
            }
        }

        return [.. errors.Distinct()];
    }

    private static (bool Accepted, string? Message) Try(Func<object> parse)
    {
        try
        {
            parse();
            return (true, null);
        }
        catch (Exception exception)
        {
            return (false, exception.Message);
        }
    }

    private static void PrintTable(string header, List<string> rows)
    {
        Console.WriteLine();
        if (rows.Count == 0)
        {
            Console.WriteLine("No disagreements.");
            return;
        }

        Console.WriteLine(header);
        Console.WriteLine("|" + string.Concat(Enumerable.Repeat(":--|", header.Count(c => c == '|') - 1)));
        rows.ForEach(Console.WriteLine);
    }

    private static string Verdict(bool accepted) => accepted ? "accepts" : "rejects";

    private static string Note(string? message) => message is null ? "" : $" ({Cell(message)})";

    private static string Cell(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);
        return flat.Length > 110 ? flat[..110] + "..." : flat;
    }

    private sealed class NoEvents : IObservable<object?>, IDisposable
    {
        public static NoEvents Instance { get; } = new();

        public IDisposable Subscribe(IObserver<object?> observer) => this;

        public void Dispose()
        {
        }
    }
}
