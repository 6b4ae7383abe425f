using System.Collections;
using System.Globalization;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Scalars;

/// <summary>
/// A scalar declared in SDL without an implementation: values pass through as they are, and literals
/// become plain values (objects as dictionaries, lists as arrays), like graphql-js's default scalar.
/// </summary>
public sealed class CustomScalarType(string name, string? description = null) : ScalarType(name, description)
{
    /// <inheritdoc />
    public override object Serialize(object value) => value;

    /// <inheritdoc />
    public override object ParseValue(object value) => value;

    /// <inheritdoc />
    public override object ParseLiteral(IValueNode literal) => Untyped(literal)
        ?? throw new GraphQLException($"{Name} cannot represent null.");

    /// <inheritdoc />
    public override IValueNode ValueToLiteral(object value) => value switch
    {
        string text => new StringValueNode { Value = text },
        bool flag => new BooleanValueNode { Value = flag },
        int or long or short or byte => new IntValueNode { Value = Convert.ToString(value, CultureInfo.InvariantCulture)! },
        double or float or decimal => new FloatValueNode { Value = Convert.ToString(value, CultureInfo.InvariantCulture)! },
        IReadOnlyDictionary<string, object?> map => new ObjectValueNode
        {
            Fields = map.Select(entry => new ObjectFieldNode
            {
                Name = new NameNode { Value = entry.Key },
                Value = entry.Value is null ? new NullValueNode() : ValueToLiteral(entry.Value),
            }).ToArray(),
        },
        IEnumerable items => new ListValueNode { Values = items.Cast<object?>().Select(item => item is null ? new NullValueNode() : ValueToLiteral(item)).ToArray() },
        _ => new StringValueNode { Value = value.ToString() ?? string.Empty },
    };

    private static object? Untyped(IValueNode literal) => literal switch
    {
        IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) ? integer : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(Untyped).ToArray(),
        ObjectValueNode map => map.Fields.ToDictionary(field => field.Name.Value, field => Untyped(field.Value)),
        _ => null,
    };
}
