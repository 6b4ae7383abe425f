using GraphApi.GraphQL.Types;

namespace GraphApi.Api;

/// <summary><c>schema export [--output &lt;file&gt;]</c>: writes the running schema's SDL, by default to the repository's <c>schema/schema.graphql</c>.</summary>
public static class SchemaCommand
{
    public const string Usage = """
        usage:
          schema export [--output <file>|-]    (default: schema/schema.graphql of the repository; '-' prints it)
        """;

    /// <param name="args">The arguments after <c>schema</c>.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not ["export", .. var options] || options is not ([] or ["--output", _]))
        {
            await error.WriteLineAsync("error: unknown schema command.");
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var sdl = SchemaPrinter.Print(GraphApiSchema.Build()) + "\n";
        if (options is [_, "-"])
        {
            await output.WriteAsync(sdl);
            return 0;
        }

        var path = Path.GetFullPath(options is [_, var file] ? file : DefaultPath(Directory.GetCurrentDirectory()));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, sdl);
        await output.WriteLineAsync($"Wrote {path}");
        return 0;
    }

    /// <summary><c>schema/schema.graphql</c> in the nearest folder up from <paramref name="start"/> holding <c>GraphApi.sln</c> (else in <paramref name="start"/>).</summary>
    public static string DefaultPath(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GraphApi.sln")))
            {
                return Path.Combine(folder.FullName, "schema", "schema.graphql");
            }
        }

        return Path.Combine(start, "schema", "schema.graphql");
    }
}
