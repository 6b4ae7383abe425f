using BenchmarkDotNet.Running;
using GraphApi.Benchmarks;

if (args is ["--dashboard-interleaved", var rounds])
{
    await DashboardInterleaved.RunAsync(int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// Always in-process (InProcessEmitToolchain): the default toolchain builds and starts a separate
// process per benchmark, which does not work on these machines. Appending the switch rather than
// using an [InProcess] attribute keeps one job when a --job is given on the command line.
string[] inProcessArgs = args.Contains("--inProcess") ? args : [.. args, "--inProcess"];
BenchmarkSwitcher.FromAssembly(typeof(ExecutionBenchmarks).Assembly).Run(inProcessArgs);
