using System.Diagnostics;
using System.Text.Json;

namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>
/// Runs an oracle script of tests/compliance under Node.js: one JSON request on stdin, one JSON
/// response on stdout. Installs the pinned npm packages on first use when they are missing or older than the lock file.
/// </summary>
public static class NodeOracle
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private static readonly Lock InstallLock = new();
    private static readonly Lazy<string> NodePath = new(() => FindOnPath("node"));

    /// <summary>The tests/compliance directory of this repository.</summary>
    public static string ComplianceDirectory { get; } = Path.Combine(RepositoryRoot.Path, "tests", "compliance");

    /// <summary>Runs <c>oracles/{script}</c> with <paramref name="request"/> and returns its response.</summary>
    public static TResponse Run<TResponse>(string script, object request)
    {
        EnsurePackagesInstalled();
        var output = RunProcess(NodePath.Value, [Path.Combine("oracles", script)], JsonSerializer.Serialize(request, JsonOptions));
        return JsonSerializer.Deserialize<TResponse>(output, JsonOptions)
            ?? throw new InvalidOperationException($"Oracle {script} answered null.");
    }

    /// <summary>
    /// <see cref="Run{TResponse}"/> on a thread of its own, for tests that host a server in this process: waiting for
    /// Node on a thread-pool thread starves the server's requests on a 2-core machine (a 1 s WebSocket init timeout fired).
    /// </summary>
    public static Task<TResponse> RunAsync<TResponse>(string script, object request) =>
        Task.Factory.StartNew(() => Run<TResponse>(script, request), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static void EnsurePackagesInstalled()
    {
        lock (InstallLock)
        {
            // npm ci records what it installed in node_modules/.package-lock.json; a newer lock file means new packages.
            var installed = new FileInfo(Path.Combine(ComplianceDirectory, "node_modules", ".package-lock.json"));
            var wanted = new FileInfo(Path.Combine(ComplianceDirectory, "package-lock.json"));
            if (installed.Exists && installed.LastWriteTimeUtc >= wanted.LastWriteTimeUtc)
            {
                return;
            }

            var npm = FindOnPath(OperatingSystem.IsWindows() ? "npm.cmd" : "npm");
            RunProcess(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], standardInput: null);
        }
    }

    private static string RunProcess(string fileName, IReadOnlyList<string> arguments, string? standardInput)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = ComplianceDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var commandLine = $"{fileName} {string.Join(' ', arguments)}";
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {commandLine}.");

        // Read both streams while writing stdin: a large response would otherwise fill the pipe and deadlock.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }

        process.StandardInput.Close();

        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{commandLine} did not finish within {Timeout.TotalSeconds} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{commandLine} (in {ComplianceDirectory}) exited with {process.ExitCode}:\n{error.Result}");
        }

        return output.Result;
    }

    private static string FindOnPath(string executable)
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var fileName = OperatingSystem.IsWindows() && !Path.HasExtension(executable) ? executable + ".exe" : executable;
        foreach (var directory in directories)
        {
            var path = Path.Combine(directory, fileName);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException(
            $"'{executable}' was not found on PATH. The compliance tests run graphql-js and other reference " +
            "implementations under Node.js: install Node.js 20 or later (https://nodejs.org) and make sure " +
            "`node` and `npm` are on PATH, or run .ci/run, which installs what a fresh machine lacks.");
    }
}
