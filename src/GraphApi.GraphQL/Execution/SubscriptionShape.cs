using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// What decides a subscriber's response to a source event: the schema, the operation (of one cached document), the
/// variables in their JSON form and the host's <see cref="ExecutionOptions.SharedSubscriptionKey"/>. Subscribers of equal
/// shapes get the same response, so it is executed and serialized once per event.
/// </summary>
internal sealed class SubscriptionShape : IEquatable<SubscriptionShape>
{
    private readonly Schema _schema;
    private readonly OperationDefinitionNode _operation;
    private readonly string _variables;
    private readonly object _key;
    private readonly int _hash;

    private SubscriptionShape(Schema schema, OperationDefinitionNode operation, string variables, object key)
    {
        _schema = schema;
        _operation = operation;
        _variables = variables;
        _key = key;
        _hash = HashCode.Combine(RuntimeHelpers.GetHashCode(schema), RuntimeHelpers.GetHashCode(operation), variables, key);
    }

    /// <summary>The shape of a subscription, or null when it may not share (no key from the host, or variables that are not JSON-shaped).</summary>
    public static SubscriptionShape? Of(OperationContext context)
    {
        if (context.Options.SharedSubscriptionKey?.Invoke(context.Request) is not { } key)
        {
            return null;
        }

        var variables = new StringBuilder();
        return AppendJson(variables, context.Request.Variables) ? new SubscriptionShape(context.Schema, context.Operation, variables.ToString(), key) : null;
    }

    public bool Equals(SubscriptionShape? other) =>
        other is not null
        && ReferenceEquals(_schema, other._schema)
        && ReferenceEquals(_operation, other._operation)
        && _variables == other._variables
        && _key.Equals(other._key);

    public override bool Equals(object? obj) => Equals(obj as SubscriptionShape);

    public override int GetHashCode() => _hash;

    // Only values a JSON reader makes are compared by their text: anything else could print alike and differ.
    private static bool AppendJson(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return true;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                return true;
            case bool b:
                text.Append(b ? "true" : "false");
                return true;
            case int or long or double or decimal:
                text.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                return true;
            case IEnumerable<KeyValuePair<string, object?>> entries:
                text.Append('{');
                foreach (var (name, item) in entries)
                {
                    AppendJson(text, name);
                    text.Append(':');
                    if (!AppendJson(text, item))
                    {
                        return false;
                    }

                    text.Append(',');
                }

                text.Append('}');
                return true;
            case IList items:
                text.Append('[');
                foreach (var item in items)
                {
                    if (!AppendJson(text, item))
                    {
                        return false;
                    }

                    text.Append(',');
                }

                text.Append(']');
                return true;
            default:
                return false;
        }
    }
}
