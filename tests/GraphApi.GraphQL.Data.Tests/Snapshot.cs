using System.Runtime.CompilerServices;

namespace GraphApi.GraphQL.Data.Tests;

/// <summary>Compares text with __snapshots__/Class.Method.snap; rewrites it when UPDATE_SNAPSHOTS=1.</summary>
internal static class Snapshot
{
    public static void Match(string actual, string className, [CallerMemberName] string method = "", [CallerFilePath] string file = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(file)!, "__snapshots__", $"{className}.{method}.snap");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1" || !File.Exists(path))
        {
            if (Environment.GetEnvironmentVariable("CI") is not null && !File.Exists(path))
            {
                Assert.Fail($"Snapshot {path} is missing.");
            }

            File.WriteAllText(path, actual);
            return;
        }

        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }
}
