using System.Diagnostics;

namespace GraphApi.Benchmarks;

/// <summary>
/// The dashboard's two sides timed alternately, request by request. BenchmarkDotNet measures one benchmark after
/// the other, so on a shared machine whose load moves within minutes the two medians can come from different
/// loads; alternating puts both sides under the same load, which makes the multiple trustworthy there.
/// </summary>
public static class DashboardInterleaved
{
    public static async Task RunAsync(int rounds)
    {
        var benchmarks = new DashboardBenchmarks();
        benchmarks.Setup();
        try
        {
            for (var i = 0; i < 20; i++)
            {
                await benchmarks.GraphApi();
                await benchmarks.HandWritten();
            }

            var graphApi = new List<double>(rounds);
            var handWritten = new List<double>(rounds);
            for (var i = 0; i < rounds; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await benchmarks.GraphApi();
                graphApi.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                start = Stopwatch.GetTimestamp();
                await benchmarks.HandWritten();
                handWritten.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            var ratios = graphApi.Zip(handWritten, (ours, theirs) => ours / theirs).ToList();
            Console.WriteLine($"interleaved, {rounds} requests each: GraphApi median {Median(graphApi):F2} ms (min {graphApi.Min():F2}), "
                + $"hand-written median {Median(handWritten):F2} ms (min {handWritten.Min():F2}), "
                + $"multiple of medians {Median(graphApi) / Median(handWritten):F2}x, median of per-pair multiples {Median(ratios):F2}x");
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
