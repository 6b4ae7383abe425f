namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>The root of this repository, found by walking up from the test assembly to GraphApi.sln.</summary>
public static class RepositoryRoot
{
    /// <summary>The absolute path of the directory that holds GraphApi.sln.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "GraphApi.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No GraphApi.sln above {AppContext.BaseDirectory}.");
    }
}
