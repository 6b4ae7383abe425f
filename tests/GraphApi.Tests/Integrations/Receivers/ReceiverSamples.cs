using System.Text.Json.Nodes;

namespace GraphApi.Tests.Integrations.Receivers;

/// <summary>The sample payloads beside these tests (Samples/), modelled on what ServiceNow and Jira send.</summary>
public static class ReceiverSamples
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Integrations", "Receivers", "Samples");

    /// <summary>A sample's JSON, edited by <paramref name="edit"/> when given.</summary>
    public static string Load(string name, Action<JsonNode>? edit = null)
    {
        var text = File.ReadAllText(Path.Combine(Directory, name + ".json"));
        if (edit is null)
        {
            return text;
        }

        var node = JsonNode.Parse(text)!;
        edit(node);
        return node.ToJsonString();
    }

    /// <summary>A Jira sample dated now, as Jira would send it today (its signed timestamp is checked).</summary>
    public static string Fresh(string name, Action<JsonNode>? edit = null) => Load(name, node =>
    {
        node["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        edit?.Invoke(node);
    });
}
