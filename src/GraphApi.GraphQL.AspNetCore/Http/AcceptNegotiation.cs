using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphApi.GraphQL.AspNetCore.Http;

// GraphQL over HTTP §Accept: application/graphql-response+json preferred, application/json for legacy clients
/// <summary>Chooses the response media type from the Accept header (null when none is acceptable).</summary>
public static class AcceptNegotiation
{
    /// <summary>The response media type, or null for 406.</summary>
    public static string? Choose(HttpRequest request)
    {
        if (Plain(request) is { } plain)
        {
            return plain;
        }

        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return MediaTypes.Json;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var value in accept)
        {
            var quality = value.Quality ?? 1;
            if (quality <= 0)
            {
                continue;
            }

            var candidate = ResponseTypeFor(value.MediaType.Value);
            if (candidate is not null && quality > bestQuality)
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>Whether the client asks for an event stream.</summary>
    public static bool WantsEventStream(HttpRequest request)
    {
        if (Plain(request) is not null)
        {
            return false;
        }

        foreach (var value in request.GetTypedHeaders().Accept)
        {
            if (string.Equals(value.MediaType.Value, MediaTypes.EventStream, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // No Accept, or one bare media type as most clients send it: decided without parsing the header.
    private static string? Plain(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0)
        {
            return MediaTypes.Json;
        }

        if (accept.Count > 1)
        {
            return null;
        }

        return ResponseTypeFor(accept[0]);
    }

    // The response media type an accepted media type (without parameters) asks for, or null when it asks for none of ours.
    private static string? ResponseTypeFor(string? type) => type switch
    {
        _ when string.Equals(type, MediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase) => MediaTypes.GraphQLResponse,
        _ when string.Equals(type, MediaTypes.Json, StringComparison.OrdinalIgnoreCase) => MediaTypes.Json,
        "*/*" or "application/*" => MediaTypes.Json,
        _ => null,
    };
}
