using System.Globalization;
using System.Text.Json;
using GraphApi.Api;
using GraphApi.Customers;
using GraphApi.Events;
using GraphApi.Requests;
using GraphApi.Staff;

namespace GraphApi.Integrations.Webhooks;

/// <summary>
/// The JSON body of a delivery: <c>{ id, type, cursor, occurredAt, data: { ...the event, request } }</c>, with the same
/// names and values as the GraphQL schema (enum values such as <c>IN_PROGRESS</c>, global ids, RFC 3339 instants).
/// </summary>
public static class WebhookPayload
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>The body for <paramref name="e"/>; <paramref name="request"/> (with its external references) is the request as it is now, or null.</summary>
    public static byte[] Build(DomainEvent e, Request? request)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("type", EnumNames.Of(e.Type));
            json.WriteString("cursor", EventCursor.Encode(e.Sequence));
            WriteInstant(json, "occurredAt", e.OccurredAt);
            json.WriteStartObject("data");
            json.WriteString("entityType", e.EntityType);
            json.WriteString("entityId", GlobalId.Encode(e.EntityType, e.EntityId));
            json.WriteString("previousStatus", e.PreviousStatus);
            json.WriteString("status", e.Status);
            json.WriteString("actor", e.Actor);
            json.WriteString("note", e.Note);
            json.WritePropertyName("request");
            if (request is null)
            {
                json.WriteNullValue();
            }
            else
            {
                WriteRequest(json, request);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteRequest(Utf8JsonWriter json, Request request)
    {
        json.WriteStartObject();
        json.WriteString("id", GlobalId.Encode(nameof(Request), request.Id));
        json.WriteString("number", request.Number);
        json.WriteString("title", request.Title);
        json.WriteString("description", request.Description);
        json.WriteString("businessImpact", request.BusinessImpact);
        json.WriteString("status", EnumNames.Of(request.Status));
        json.WriteString("priority", EnumNames.Of(request.Priority));
        json.WriteString("customerId", GlobalId.Encode(nameof(Customer), request.CustomerId));
        json.WriteString("ownerId", request.OwnerId is { } owner ? GlobalId.Encode(nameof(StaffMember), owner) : null);
        WriteInstant(json, "createdAt", request.CreatedAt);
        WriteInstant(json, "firstResponseAt", request.FirstResponseAt);
        WriteInstant(json, "resolvedAt", request.ResolvedAt);
        WriteInstant(json, "closedAt", request.ClosedAt);
        json.WriteNumber("version", request.Version);
        json.WriteStartArray("externalReferences");
        foreach (var reference in request.ExternalReferences.OrderBy(r => r.Id))
        {
            json.WriteStartObject();
            json.WriteString("system", EnumNames.Of(reference.System));
            json.WriteString("externalId", reference.ExternalId);
            json.WriteString("displayKey", reference.DisplayKey);
            json.WriteString("url", reference.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteInstant(Utf8JsonWriter json, string name, DateTime? instant)
    {
        if (instant is { } value)
        {
            json.WriteString(name, DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString(InstantFormat, CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
