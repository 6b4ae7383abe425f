using System.Globalization;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Scalars;

// Spec §3.5.3 String
/// <summary>UTF-8 text.</summary>
public sealed class StringType() : ScalarType("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
{
    /// <inheritdoc />
    public override bool IsSpecified => true;

    /// <inheritdoc />
    public override object Serialize(object value) => value switch
    {
        string s => s,
        char c => c.ToString(),
        bool b => b ? "true" : "false",
        int or long or short or sbyte or byte or ushort or uint or ulong or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d when double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture),
        float f when float.IsFinite(f) => f.ToString("R", CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        Enum e => e.ToString(),
        _ => throw new GraphQLException($"String cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object ParseValue(object value) => value as string
        ?? throw new GraphQLException($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");

    /// <inheritdoc />
    public override object ParseLiteral(IValueNode literal) => literal is StringValueNode s
        ? s.Value
        : throw new GraphQLException($"String cannot represent a non string value: {ValueInspector.Print(literal)}");

    /// <inheritdoc />
    public override IValueNode ValueToLiteral(object value) => new StringValueNode { Value = (string)Serialize(value) };
}
