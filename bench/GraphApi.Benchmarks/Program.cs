using BenchmarkDotNet.Running;

// Always in-process (InProcessEmitToolchain): the default toolchain builds and starts a separate
// process per benchmark, which does not work on these machines. Appending the switch rather than
// using an [InProcess] attribute keeps one job when a --job is given on the command line.
string[] inProcessArgs = args.Contains("--inProcess") ? args : [.. args, "--inProcess"];
BenchmarkSwitcher.FromAssembly(typeof(GraphApi.Benchmarks.ExecutionBenchmarks).Assembly).Run(inProcessArgs);
