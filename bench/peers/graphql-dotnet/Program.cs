// graphql-dotnet 8.8.5 as a measured peer (bench/graphql-dotnet.sh runs all of it; see bench/README.md):
//   http <port>              graphql-dotnet behind a minimal ASP.NET Core endpoint, for wrk
//   check                    both engines' answers to the execution benchmark's operations; exits 1 if any differ
//   compliance <oracle.json> <validate-documents.mjs>  the parser and validation corpora on both engines, against graphql-js's verdicts
//   [BenchmarkDotNet args]   the parse and execution comparisons, then a table of ratios
using GraphQLDotnetPeer;

switch (args)
{
    case ["http", var port]:
        HttpEndpoint.Run(int.Parse(port, System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case ["check"]:
        var differ = 0;
        foreach (var operation in new[] { "three-fields", "nested-list", "introspection" })
        {
            var check = await AnswerCheck.ExecutionAnswers(operation);
            Console.WriteLine($"{operation}: {check.Verdict}");
            if (!check.Same)
            {
                differ++;
                try
                {
                    check.ThrowIfDifferent();
                }
                catch (InvalidOperationException exception)
                {
                    Console.WriteLine(exception.Message);
                }
            }
        }

        return differ == 0 ? 0 : 1;
    case ["compliance", var oracle, var validateScript]:
        return await ComplianceComparison.RunAsync(oracle, validateScript);
    default:
        return PeerComparison.Run(args);
}
