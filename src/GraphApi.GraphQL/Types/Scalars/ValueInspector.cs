using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Types.Scalars;

/// <summary>Renders values in error messages the way graphql-js's <c>inspect</c> does, so messages match its wording.</summary>
internal static class ValueInspector
{
    public static string Inspect(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        double d when double.IsNaN(d) => "NaN",
        double d when double.IsPositiveInfinity(d) => "Infinity",
        double d when double.IsNegativeInfinity(d) => "-Infinity",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        IFormattable f and not Enum => f.ToString(null, CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, object?> map => InspectObject(map),
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Inspect)) + "]",
        _ => value.ToString() ?? value.GetType().Name,
    };

    public static string Print(IValueNode literal) => Language.Printer.PrintValue(literal);

    private static string InspectObject(IReadOnlyDictionary<string, object?> map)
    {
        if (map.Count == 0)
        {
            return "{}";
        }

        var builder = new StringBuilder("{ ");
        var first = true;
        foreach (var (key, item) in map)
        {
            builder.Append(first ? "" : ", ").Append(key).Append(": ").Append(Inspect(item));
            first = false;
        }

        return builder.Append(" }").ToString();
    }
}
