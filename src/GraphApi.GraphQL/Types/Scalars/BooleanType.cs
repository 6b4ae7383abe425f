using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Scalars;

// Spec §3.5.4 Boolean
/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanType() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
{
    /// <inheritdoc />
    public override bool IsSpecified => true;

    /// <inheritdoc />
    public override object Serialize(object value) => value switch
    {
        bool => value,
        int i => Execution.Boxes.Bool(i != 0),
        long l => Execution.Boxes.Bool(l != 0),
        double d when double.IsFinite(d) => Execution.Boxes.Bool(d != 0),
        _ => throw new GraphQLException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}"),
    };

    /// <inheritdoc />
    public override object ParseValue(object value) => value is bool b
        ? b
        : throw new GraphQLException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");

    /// <inheritdoc />
    public override object ParseLiteral(IValueNode literal) => literal is BooleanValueNode b
        ? b.Value
        : throw new GraphQLException($"Boolean cannot represent a non boolean value: {ValueInspector.Print(literal)}");

    /// <inheritdoc />
    public override IValueNode ValueToLiteral(object value) => new BooleanValueNode { Value = (bool)Serialize(value) };
}
