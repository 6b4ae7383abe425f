using System.Diagnostics;
using System.Text;

namespace GraphApi.Connectors.Tests;

/// <summary>The connector as operators run it: its own process, configured through environment variables, killable.</summary>
public sealed class ConnectorProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output;

    private ConnectorProcess(Process process, StringBuilder output)
    {
        _process = process;
        _output = output;
    }

    /// <summary>What the connector logged so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>GraphApi.Connectors.dll</c> (built beside the tests) with <paramref name="settings"/> as environment variables.</summary>
    public static ConnectorProcess Start(IReadOnlyDictionary<string, string> settings, string workingDirectory)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GraphApi.Connectors.dll"));
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        DataReceivedEventHandler append = (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += append;
        process.ErrorDataReceived += append;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ConnectorProcess(process, output);
    }

    /// <summary>SIGKILL: no shutdown code runs, whatever the connector was doing.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
