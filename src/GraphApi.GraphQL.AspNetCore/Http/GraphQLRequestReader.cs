using System.Buffers;
using System.Text.Json;
using GraphApi.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace GraphApi.GraphQL.AspNetCore.Http;

// GraphQL over HTTP §Request parameters: query, operationName, variables, extensions
/// <summary>Reads GraphQL request parameters from a POST body (application/json) or a GET query string.</summary>
public static class GraphQLRequestReader
{
    /// <summary>Reads a JSON body, refusing bodies over <paramref name="maxBytes"/> (413).</summary>
    public static async Task<RequestParseResult> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } length && length > maxBytes)
        {
            return RequestParseResult.Fail($"The request body is larger than {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is > 0 and < 65536 ? (int)request.ContentLength.Value : 4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await request.Body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return RequestParseResult.Fail($"The request body is larger than {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
            }
        }

        if (buffer.WrittenCount == 0)
        {
            return RequestParseResult.Fail("The request body is empty: send a JSON object with \"query\".");
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = 128 });
            return FromJson(document.RootElement);
        }
        catch (JsonException exception)
        {
            return RequestParseResult.Fail($"The request body is not valid JSON: {exception.Message}");
        }
    }

    /// <summary>Reads request parameters from a JSON object.</summary>
    public static RequestParseResult FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return RequestParseResult.Fail("The request body must be a JSON object.");
        }

        string? query = null, operationName = null, id = null;
        IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query":
                    if (!TryString(value, out query))
                    {
                        return RequestParseResult.Fail("\"query\" must be a string.");
                    }

                    break;
                case "operationName":
                    if (!TryString(value, out operationName))
                    {
                        return RequestParseResult.Fail("\"operationName\" must be a string.");
                    }

                    break;
                case "id":
                case "documentId":
                    if (!TryString(value, out id))
                    {
                        return RequestParseResult.Fail($"\"{property.Name}\" must be a string.");
                    }

                    break;
                case "variables":
                    if (!TryMap(value, out variables))
                    {
                        return RequestParseResult.Fail("\"variables\" must be a JSON object.");
                    }

                    break;
                case "extensions":
                    if (!TryMap(value, out extensions))
                    {
                        return RequestParseResult.Fail("\"extensions\" must be a JSON object.");
                    }

                    break;
            }
        }

        return Build(query, operationName, variables, extensions, id);
    }

    /// <summary>Reads request parameters from a GET query string (variables and extensions JSON-encoded).</summary>
    public static RequestParseResult FromQueryString(IQueryCollection parameters)
    {
        if (!TrySingle(parameters, "query", out var query) || !TrySingle(parameters, "operationName", out var operationName)
            || !TrySingle(parameters, "id", out var id) || !TrySingle(parameters, "variables", out var variablesText)
            || !TrySingle(parameters, "extensions", out var extensionsText))
        {
            return RequestParseResult.Fail("Each request parameter may be given once.");
        }

        if (!TryJsonMap(variablesText, out var variables))
        {
            return RequestParseResult.Fail("\"variables\" must be a JSON-encoded object.");
        }

        if (!TryJsonMap(extensionsText, out var extensions))
        {
            return RequestParseResult.Fail("\"extensions\" must be a JSON-encoded object.");
        }

        return Build(query, operationName, variables, extensions, id);
    }

    private static RequestParseResult Build(string? query, string? operationName, IReadOnlyDictionary<string, object?>? variables, IReadOnlyDictionary<string, object?>? extensions, string? id)
    {
        if (id is null && extensions is not null && extensions.TryGetValue("persistedQuery", out var persisted)
            && persisted is IReadOnlyDictionary<string, object?> persistedQuery && persistedQuery.TryGetValue("sha256Hash", out var hash))
        {
            id = hash as string;
        }

        if (query is null && id is null)
        {
            return RequestParseResult.Fail("The request has no query: send a GraphQL document in \"query\".");
        }

        return RequestParseResult.Ok(new GraphQLHttpRequest { Query = query, OperationName = operationName, Variables = variables, Extensions = extensions, DocumentId = id });
    }

    private static bool TryString(JsonElement value, out string? text)
    {
        text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return value.ValueKind is JsonValueKind.String or JsonValueKind.Null;
    }

    private static bool TryMap(JsonElement value, out IReadOnlyDictionary<string, object?>? map)
    {
        map = value.ValueKind == JsonValueKind.Object ? JsonInput.ToDictionary(value) : null;
        return value.ValueKind is JsonValueKind.Object or JsonValueKind.Null;
    }

    private static bool TrySingle(IQueryCollection parameters, string name, out string? value)
    {
        value = null;
        if (!parameters.TryGetValue(name, out StringValues values) || values.Count == 0)
        {
            return true;
        }

        value = values[0];
        return values.Count == 1;
    }

    private static bool TryJsonMap(string? text, out IReadOnlyDictionary<string, object?>? map)
    {
        map = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return TryMap(document.RootElement, out map);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
