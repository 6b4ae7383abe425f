using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GraphQLDotnetPeer;

/// <summary>Runs the parse and execution comparisons with BenchmarkDotNet (in-process) and prints GraphApi's multiple of graphql-dotnet per case.</summary>
public static class PeerComparison
{
    private const double Target = 2.0;

    /// <summary>Runs the benchmarks <paramref name="args"/> select and prints the ratios; 0 when every case reached the target.</summary>
    public static int Run(string[] args)
    {
        // In-process, as bench/GraphApi.Benchmarks: the default toolchain's separate build and process per benchmark fails on these machines.
        string[] inProcessArgs = args.Contains("--inProcess") ? args : [.. args, "--inProcess"];
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(PeerComparison).Assembly).Run(inProcessArgs).ToList();
        var report = new StringWriter();
        var missed = 0;
        foreach (var summary in summaries)
        {
            missed += PrintRatios(summary, report);
        }

        Console.Write(report);

        // bench/graphql-dotnet.sh reads the tables from here, apart from BenchmarkDotNet's own output.
        if (Environment.GetEnvironmentVariable("PEER_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, report.ToString());
        }

        return missed == 0 ? 0 : 2;
    }

    private static int PrintRatios(Summary summary, TextWriter output)
    {
        var rows = summary.Reports
            .Where(report => report.ResultStatistics is not null)
            .GroupBy(report => string.Join(", ", report.BenchmarkCase.Parameters.Items.Where(p => p.Name != "Engine").Select(p => p.Value?.ToString())))
            .Select(group => (Case: group.Key, Ours: group.SingleOrDefault(r => Engine(r) == Engines.GraphApi), Theirs: group.SingleOrDefault(r => Engine(r) == Engines.GraphQLDotnet)))
            .Where(row => row.Ours is not null && row.Theirs is not null)
            .ToList();
        if (rows.Count == 0)
        {
            return 0;
        }

        var what = summary.BenchmarksCases[0].Descriptor.Type.Name;
        output.WriteLine();
        output.WriteLine($"{what}: GraphApi vs graphql-dotnet 8.8.5 (medians; target {Target}x ops/s)");
        output.WriteLine();
        output.WriteLine("| case | GraphApi ops/s | graphql-dotnet ops/s | multiple | GraphApi allocated/op | graphql-dotnet allocated/op | graphql-dotnet / GraphApi allocated | target |");
        output.WriteLine("|:--|--:|--:|--:|--:|--:|--:|:--|");
        var missed = 0;
        foreach (var (name, ours, theirs) in rows)
        {
            var multiple = theirs!.ResultStatistics!.Median / ours!.ResultStatistics!.Median;
            var ourBytes = ours.GcStats.GetBytesAllocatedPerOperation(ours.BenchmarkCase) ?? 0;
            var theirBytes = theirs.GcStats.GetBytesAllocatedPerOperation(theirs.BenchmarkCase) ?? 0;
            var met = multiple >= Target;
            missed += met ? 0 : 1;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {1e9 / ours.ResultStatistics.Median:N0} | {1e9 / theirs.ResultStatistics.Median:N0} | {multiple:F2}x | {ourBytes:N0} B | {theirBytes:N0} B | {(ourBytes == 0 ? "-" : (theirBytes / (double)ourBytes).ToString("F2", CultureInfo.InvariantCulture) + "x")} | {(met ? "ok" : "missed")} |"));
        }

        return missed;
    }

    private static string? Engine(BenchmarkReport report) => report.BenchmarkCase.Parameters["Engine"] as string;
}
