namespace GraphApi.GraphQL.Types.Scalars;

/// <summary>The five scalars every schema has (spec §3.5); one shared instance each.</summary>
public static class BuiltInScalars
{
    /// <summary>The <c>Int</c> scalar.</summary>
    public static IntType Int { get; } = new();

    /// <summary>The <c>Float</c> scalar.</summary>
    public static FloatType Float { get; } = new();

    /// <summary>The <c>String</c> scalar.</summary>
    public static StringType String { get; } = new();

    /// <summary>The <c>Boolean</c> scalar.</summary>
    public static BooleanType Boolean { get; } = new();

    /// <summary>The <c>ID</c> scalar.</summary>
    public static IdType ID { get; } = new();

    /// <summary>All five, in the order introspection lists them.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];
}
