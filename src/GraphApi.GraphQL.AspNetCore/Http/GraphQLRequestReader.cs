using System.Buffers;
using System.Text.Unicode;
using System.Text.Json;
using GraphApi.GraphQL.Language;
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

        // The body stays in the request pipe's pooled segments until it is read whole: nothing is copied to parse it.
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var body = read.Buffer;
            if (body.Length > maxBytes)
            {
                reader.AdvanceTo(body.End);
                return RequestParseResult.Fail($"The request body is larger than {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            if (read.IsCompleted)
            {
                try
                {
                    return Parse(body);
                }
                finally
                {
                    reader.AdvanceTo(body.End);
                }
            }

            reader.AdvanceTo(body.Start, body.End);
        }
    }

    private static RequestParseResult Parse(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
        {
            return RequestParseResult.Fail("The request body is empty: send a JSON object with \"query\".");
        }

        byte[]? rented = null;
        var bytes = body.IsSingleSegment ? body.First : CopyToRented(body, out rented);
        try
        {
            // System.Text.Json checks UTF-8 inside strings only when a string is read, and then throws: refuse it whole here.
            if (!Utf8.IsValid(bytes.Span))
            {
                return RequestParseResult.Fail("The request body is not valid UTF-8.");
            }

            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 128 });
            return FromJson(document.RootElement);
        }
        catch (JsonException exception)
        {
            return RequestParseResult.Fail($"The request body is not valid JSON: {exception.Message}");
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static ReadOnlyMemory<byte> CopyToRented(ReadOnlySequence<byte> body, out byte[] rented)
    {
        rented = ArrayPool<byte>.Shared.Rent((int)body.Length);
        body.CopyTo(rented);
        return rented.AsMemory(0, (int)body.Length);
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
            // NameEquals compares the raw name: reading Name would throw on a lone surrogate in an unknown member's name.
            var value = property.Value;
            RequestParseResult? failure = null;
            if (property.NameEquals("query"))
            {
                failure = ReadQuery(value, out query);
            }
            else if (property.NameEquals("operationName"))
            {
                failure = ReadString(value, "operationName", out operationName);
            }
            else if (property.NameEquals("id"))
            {
                failure = ReadString(value, "id", out id);
            }
            else if (property.NameEquals("documentId"))
            {
                failure = ReadString(value, "documentId", out id);
            }
            else if (property.NameEquals("variables"))
            {
                failure = ReadMap(value, "variables", out variables);
            }
            else if (property.NameEquals("extensions"))
            {
                failure = ReadMap(value, "extensions", out extensions);
            }

            if (failure is { } failed)
            {
                return failed;
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

        if (ReadJsonMap(variablesText, "variables", out var variables) is { } badVariables)
        {
            return badVariables;
        }

        if (ReadJsonMap(extensionsText, "extensions", out var extensions) is { } badExtensions)
        {
            return badExtensions;
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

    private static RequestParseResult? ReadString(JsonElement value, string name, out string? text)
    {
        text = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return RequestParseResult.Fail($"\"{name}\" must be a string.");
        }

        return ClientJson.TryGetString(value, out text)
            ? null
            : Refuse($"\"{name}\" is not Unicode text: {ClientJson.DescribeSurrogate(ClientJson.DecodeLeniently(value))}.");
    }

    /// <summary>
    /// The query text; one holding a lone surrogate is refused here with the syntax error the lexer reports for it, at its
    /// line and column, as graphql-js reports it ("Syntax Error: Invalid character: U+D800.").
    /// </summary>
    private static RequestParseResult? ReadQuery(JsonElement value, out string? query)
    {
        if (value.ValueKind != JsonValueKind.String || ClientJson.TryGetString(value, out _))
        {
            return ReadString(value, "query", out query);
        }

        query = null;
        var text = ClientJson.DecodeLeniently(value);
        try
        {
            Parser.Parse(text);
        }
        catch (GraphQLSyntaxException exception)
        {
            return RequestParseResult.Refuse(exception.Errors[0]);
        }

        return Refuse($"\"query\" is not Unicode text: {ClientJson.DescribeSurrogate(text)}.", SyntaxErrorCodes.ParseFailed);
    }

    private static RequestParseResult? ReadMap(JsonElement value, string name, out IReadOnlyDictionary<string, object?>? map)
    {
        map = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return RequestParseResult.Fail($"\"{name}\" must be a JSON object.");
        }

        map = ClientJson.TryToDictionary(value, name, out var error);
        return map is null ? Refuse(error!) : null;
    }

    private static RequestParseResult Refuse(string message, string code = GraphQLServerErrorCodes.BadRequest) =>
        RequestParseResult.Refuse(GraphQLServer.Error(message, code).Errors![0]);

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

    private static RequestParseResult? ReadJsonMap(string? text, string name, out IReadOnlyDictionary<string, object?>? map)
    {
        map = null;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 128 });
            return ReadMap(document.RootElement, name, out map);
        }
        catch (JsonException)
        {
            return RequestParseResult.Fail($"\"{name}\" must be a JSON-encoded object.");
        }
    }
}
