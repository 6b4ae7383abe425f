using System.Text;
using System.Text.Json;
using GraphApi.Api;

namespace GraphApi.Tests.Api;

/// <summary>One hostile HTTP request: what kind it is (for the report), and its method, query string, body and content type.</summary>
public sealed record HostileRequest(string Kind, HttpMethod Method, string PathAndQuery, byte[]? Body, string ContentType = "application/json");

/// <summary>
/// Hostile inputs drawn from a seeded <see cref="Random"/>, so a failing case is reproduced by its seed: random mutations
/// of valid operations, garbage bytes, oversized and deeply nested documents, hostile variables and cursors, and
/// graphql-transport-ws messages of every such kind.
/// </summary>
public sealed class HostileInput(int seed, IReadOnlyList<(string Query, string? Variables)> corpus)
{
    private static readonly string[] Insertions =
    [
        "{", "}", "(", ")", "[", "]", "\"", "\"\"\"", "\\", "\\u", "\\ud800", "\ud800", "\udfff", "\u0000", "\u0007", "$", "@", "...", "#", ":", "!", "=",
        "__schema", "__typename", "fragment F on Query { ...F }", "@skip(if: true)", "1e999", "-0", "null", "9999999999999999999999", "\u202e", "\ufeff", "😀",
    ];

    private readonly Random _random = new(seed);

    /// <summary>The next hostile HTTP request.</summary>
    public HostileRequest NextHttp() => _random.Next(14) switch
    {
        0 or 1 or 2 => Json("mutated-query", Mutate(Pick().Query), Pick().Variables),
        3 => new HostileRequest("garbage-bytes", HttpMethod.Post, "/graphql", Bytes(_random.Next(1, 4096)), Pick(["application/json", "application/graphql", "text/plain", "application/json; charset=latin1", "multipart/form-data"])),
        4 => new HostileRequest("mutated-json", HttpMethod.Post, "/graphql", MutateBytes(Encoding.UTF8.GetBytes(Body(Pick().Query, Pick().Variables)))),
        5 => Json("oversized-document", Oversized(), null),
        6 => Json("deeply-nested-document", DeeplyNested(), null),
        7 => Json("hostile-variables", "query($id: ID!, $first: Int, $after: String, $where: RequestFilterInput) { request(id: $id) { id } requests(first: $first, after: $after, where: $where) { totalCount } }", HostileVariables()),
        8 => Json("hostile-cursor", $$"""query($c: String) { requests(first: 5, after: $c) { nodes { id } } events(first: 5, after: $c) { nodes { id } } }""", JsonSerializer.Serialize(new { c = HostileCursor() })),
        9 => Json("expensive-document", Expensive(), null),
        10 => new HostileRequest("hostile-get", HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Mutate(Pick().Query)) + (_random.Next(2) == 0 ? "&variables=" + Uri.EscapeDataString(HostileVariables()) : "&operationName=%ED%A0%80"), null),
        11 => new HostileRequest("json-shapes", HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(Pick([
            "[]", "[{\"query\":\"{ __typename }\"}]", "null", "\"{ __typename }\"", "{\"query\":null}", "{\"query\":{}}", "{\"query\":\"{ __typename }\",\"variables\":[]}",
            "{\"query\":\"{ __typename }\",\"variables\":\"{}\"}", "{\"query\":\"{ __typename }\",\"extensions\":{\"persistedQuery\":{\"sha256Hash\":7}}}", "{\"id\":\"nope\"}",
            "{\"query\":\"{ __typename }\",\"query\":\"{ x }\"}", new string('[', 5000) + new string(']', 5000), "{\"query\":\"" + new string('{', 300) + "\"}",
        ]))),
        12 => new HostileRequest("lone-surrogate", HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(WithLoneSurrogate(Body(Pick().Query, Pick().Variables)))),
        _ => Json("mutated-variables", Pick().Query, Mutate(Pick().Variables ?? "{}")),
    };

    /// <summary>The messages of the next hostile WebSocket conversation (after a valid <c>connection_init</c> unless the first replaces it).</summary>
    public (string Kind, IReadOnlyList<byte[]> Messages, bool SkipInit) NextSocket()
    {
        switch (_random.Next(8))
        {
            case 0:
                return ("ws-garbage", [Bytes(_random.Next(1, 2048))], _random.Next(2) == 0);
            case 1:
                return ("ws-mutated-subscribe", [Encoding.UTF8.GetBytes(Mutate(Subscribe("1", Pick().Query, Pick().Variables)))], false);
            case 2:
                return ("ws-subscribe-before-init", [Encoding.UTF8.GetBytes(Subscribe("1", "{ __typename }", null))], true);
            case 3:
                return ("ws-duplicate-ids", [Encoding.UTF8.GetBytes(Subscribe("a", "subscription { events { id } }", null)), Encoding.UTF8.GetBytes(Subscribe("a", "subscription { events { id } }", null))], false);
            case 4:
                return ("ws-hostile-init", [Encoding.UTF8.GetBytes(Pick([
                    "{\"type\":\"connection_init\",\"payload\":[]}", "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":7}}",
                    "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer \\ud800\"}}", "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer " + new string('x', 60_000) + "\"}}",
                    "{\"type\":\"\\ud800\"}", "{\"type\":7}", "{}", "[]",
                ]))], true);
            case 5:
                var subscribe = Subscribe(Pick(["1", "", new string('i', 10_000)]), Pick([Oversized(), DeeplyNested(), Expensive(), Pick().Query]), Pick([null, HostileVariables()]));
                return ("ws-hostile-subscribe", [Encoding.UTF8.GetBytes(_random.Next(2) == 0 ? WithLoneSurrogate(subscribe) : subscribe)], false);
            case 6:
                return ("ws-complete-and-ping", [Encoding.UTF8.GetBytes("{\"type\":\"complete\",\"id\":\"nope\"}"), Encoding.UTF8.GetBytes("{\"type\":\"ping\",\"payload\":" + Pick(["{}", "[]", "null", "\"x\""]) + "}"), Encoding.UTF8.GetBytes("{\"type\":\"pong\"}")], false);
            default:
                return ("ws-hostile-cursor", [Encoding.UTF8.GetBytes(Subscribe("c", "subscription($c: String) { events(after: $c) { id } }", JsonSerializer.Serialize(new { c = HostileCursor() })))], false);
        }
    }

    private (string Query, string? Variables) Pick() => corpus[_random.Next(corpus.Count)];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private HostileRequest Json(string kind, string query, string? variables) =>
        new(kind, HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(Body(query, variables)));

    private static string Body(string query, string? variables) =>
        variables is null ? $$"""{"query":{{Quote(query)}}}""" : $$"""{"query":{{Quote(query)}},"variables":{{variables}}}""";

    private static string Subscribe(string id, string query, string? variables) =>
        $$"""{"id":{{Quote(id)}},"type":"subscribe","payload":{{Body(query, variables)}}}""";

    /// <summary>A JSON string literal with everything outside printable ASCII escaped, lone surrogates included (a serializer refuses them).</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c is < ' ' or > '~')
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>The JSON text with a <c>\ud800</c> escape after one of its spaces (inside a string, or between tokens: invalid JSON then).</summary>
    private string WithLoneSurrogate(string json)
    {
        var spaces = json.Select((c, i) => (c, i)).Where(x => x.c == ' ').Select(x => x.i).ToList();
        return spaces.Count == 0 ? json.Insert(json.Length - 1, "\\ud800") : json.Insert(spaces[_random.Next(spaces.Count)] + 1, "\\ud800");
    }

    private string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        for (var edits = _random.Next(1, 5); edits > 0; edits--)
        {
            var at = _random.Next(builder.Length + 1);
            switch (_random.Next(5))
            {
                case 0 when builder.Length > 0:
                    builder.Remove(Math.Min(at, builder.Length - 1), Math.Min(_random.Next(1, 12), builder.Length - Math.Min(at, builder.Length - 1)));
                    break;
                case 1:
                    builder.Insert(at, Pick(Insertions));
                    break;
                case 2 when builder.Length > 0:
                    var start = _random.Next(builder.Length);
                    var length = Math.Min(_random.Next(1, 40), builder.Length - start);
                    builder.Insert(at, builder.ToString(start, length));
                    break;
                case 3:
                    builder.Insert(at, (char)_random.Next(0, 0xFFFF));
                    break;
                default:
                    if (builder.Length > 0)
                    {
                        builder[Math.Min(at, builder.Length - 1)] = (char)_random.Next(32, 127);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private byte[] MutateBytes(byte[] bytes)
    {
        for (var edits = _random.Next(1, 4); edits > 0 && bytes.Length > 0; edits--)
        {
            bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
        }

        return bytes;
    }

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private string Oversized() => _random.Next(4) switch
    {
        0 => "{ " + string.Concat(Enumerable.Range(0, 40_000).Select(i => $"a{i}: __typename ")) + "}",
        1 => "{ " + string.Concat(Enumerable.Repeat("__typename ", 100_000)) + "}",
        2 => "{ __typename }" + new string(' ', 1_200_000),
        _ => "{ requests(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("id @skip(if: false) ", 20_000)) + "} } }",
    };

    private string DeeplyNested() => _random.Next(4) switch
    {
        0 => string.Concat(Enumerable.Repeat("{ requests(first: 1) { nodes ", 60)) + "{ id }" + new string('}', 120),
        1 => "{ requests(where: " + string.Concat(Enumerable.Repeat("{ and: [", 200)) + "{}" + string.Concat(Enumerable.Repeat("] }", 200)) + ") { totalCount } }",
        2 => "{ requests(first: 1) { nodes { " + string.Concat(Enumerable.Repeat("customer { requests(first: 1) { nodes { ", 20)) + "id" + new string('}', 100) + " } } }",
        _ => "query { " + string.Concat(Enumerable.Repeat("a: __typename ...on Query { ", 2_000)) + new string('}', 2_000) + " }",
    };

    private string Expensive() => _random.Next(4) switch
    {
        0 => "{ " + string.Concat(Enumerable.Range(0, 200).Select(i => $"r{i}: requests(first: 100) {{ nodes {{ interactions(first: 100) {{ nodes {{ summary }} }} }} }} ")) + "}",
        1 => "query { ...F0 } " + string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ")) + "fragment F30 on Query { __typename }",
        2 => "{ " + string.Concat(Enumerable.Range(0, 3_000).Select(i => $"requests(first: {i % 7}) {{ totalCount }} ")) + "}",
        _ => "{ nodes(ids: [" + string.Join(",", Enumerable.Range(1, 5_000).Select(i => $"\"{GlobalId.Encode("Request", i)}\"")) + "]) { id } }",
    };

    private string HostileVariables() => _random.Next(9) switch
    {
        0 => JsonSerializer.Serialize(new { id = new string('A', 200_000) }),
        1 => JsonSerializer.Serialize(new { id = GlobalId.Encode("Request", 1), first = long.MaxValue }),
        2 => "{\"id\":\"UmVxdWVzdDox\",\"where\":" + new string('[', 120) + new string(']', 120) + "}",
        3 => "{\"id\":\"UmVxdWVzdDox\",\"where\":{\"title\":{\"in\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 50_000)) + "]}}}",
        4 => "{\"id\":\"\\ud800\"}",
        5 => "{\"id\":\"UmVxdWVzdDox\",\"first\":1e400}",
        6 => "{\"id\":{\"__proto__\":{\"admin\":true}},\"first\":\"10\"}",
        7 => JsonSerializer.Serialize(new { id = Convert.ToBase64String(Encoding.UTF8.GetBytes("Request:" + long.MaxValue)), after = HostileCursor() }),
        _ => "{\"id\":\"UmVxdWVzdDox\",\"where\":" + string.Concat(Enumerable.Repeat("{\"or\":[", 60)) + "{}" + string.Concat(Enumerable.Repeat("]}", 60)) + "}",
    };

    private string HostileCursor() => _random.Next(8) switch
    {
        0 => Convert.ToBase64String(Encoding.UTF8.GetBytes("i:-1")),
        1 => Convert.ToBase64String(Encoding.UTF8.GetBytes("i:99999999999999999999")),
        2 => Convert.ToBase64String(Encoding.UTF8.GetBytes("event:" + ulong.MaxValue)),
        3 => new string('=', 1000),
        4 => Convert.ToBase64String(Bytes(_random.Next(1, 300))),
        5 => Convert.ToBase64String(Encoding.UTF8.GetBytes("i:" + int.MaxValue)),
        6 => new string('A', 100_000),
        _ => "\u0000\u0001",
    };
}
