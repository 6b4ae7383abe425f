namespace GraphApi.GraphQL.Tests.Language;

/// <summary>The sample documents under Language/Documents, copied beside the test assembly.</summary>
internal static class TestDocuments
{
    public static string KitchenSink => Read("KitchenSink.graphql");

    public static string KitchenSinkPrinted => Read("KitchenSink.printed.graphql");

    public static string SchemaKitchenSink => Read("SchemaKitchenSink.graphql");

    public static string SchemaKitchenSinkPrinted => Read("SchemaKitchenSink.printed.graphql");

    public static string IntrospectionQuery => Read("IntrospectionQuery.graphql");

    // graphql-js print output has no final newline; an editor may have added one to the file.
    private static string Read(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "Documents", name));
        return name.EndsWith(".printed.graphql", StringComparison.Ordinal) ? text.TrimEnd('\n') : text;
    }
}
