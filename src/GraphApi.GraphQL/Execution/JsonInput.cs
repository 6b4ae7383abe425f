using System.Text.Json;

namespace GraphApi.GraphQL.Execution;

/// <summary>Turns JSON into the JSON-shaped values variables are given as (long for integral numbers, double otherwise).</summary>
public static class JsonInput
{
    /// <summary>The value of a JSON element.</summary>
    public static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : (object)element.GetDouble(),
        JsonValueKind.Array => ToList(element),
        _ => ToDictionary(element),
    };

    /// <summary>The entries of a JSON object.</summary>
    public static IReadOnlyDictionary<string, object?> ToDictionary(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = ToValue(property.Value);
        }

        return result;
    }

    private static object?[] ToList(JsonElement element)
    {
        var items = new object?[element.GetArrayLength()];
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            items[index++] = ToValue(item);
        }

        return items;
    }
}
