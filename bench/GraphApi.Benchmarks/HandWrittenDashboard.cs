using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;
using GraphApi.Api;
using GraphApi.Customers;
using GraphApi.Expectations;
using GraphApi.GraphQL.Data;
using GraphApi.Interactions;
using GraphApi.Persistence;
using GraphApi.Requests;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Benchmarks;

/// <summary>
/// The dashboard as a developer would write it without GraphQL: one projected, untracked LINQ query (plus the
/// count), DTOs shaped like the API's response, serialized by System.Text.Json's source generator.
/// </summary>
public static class HandWrittenDashboard
{
    private static readonly RequestStatus[] Closed = [RequestStatus.Resolved, RequestStatus.Closed, RequestStatus.Declined];
    private static readonly ExpectationStatus[] Open = [ExpectationStatus.OnTrack, ExpectationStatus.AtRisk];

    public static async Task<DashboardResponse> LoadAsync(GraphApiDbContext db, int first)
    {
        var open = db.Requests.AsNoTracking().Where(r => !Closed.Contains(r.Status));
        var totalCount = await open.CountAsync();
        // Priority is stored by name, so it is ranked to sort CRITICAL first, as the API sorts enums in declared order;
        // Id breaks ties, as the API's sorting does, so the page is the same on every call.
        var rows = await open
            .OrderByDescending(r => r.Priority == RequestPriority.Critical ? 3 : r.Priority == RequestPriority.High ? 2 : r.Priority == RequestPriority.Medium ? 1 : 0)
            .ThenByDescending(r => r.CreatedAt).ThenBy(r => r.Id)
            .Take(first)
            .AsSplitQuery()
            .Select(r => new
            {
                r.Id, r.Number, r.Title, r.Status, r.Priority, r.BusinessImpact, r.CreatedAt,
                Customer = r.Customer == null ? null : new { r.Customer.Id, r.Customer.Name, r.Customer.BusinessUnit, r.Customer.PreferredChannels },
                Owner = r.Owner == null ? null : new OwnerDto(r.Owner.Name, r.Owner.Team),
                InteractionCount = r.Interactions.Count,
                Interactions = r.Interactions.OrderByDescending(i => i.OccurredAt).ThenBy(i => i.Id).Take(3).Select(i => new InteractionDto(
                    i.Channel, i.Kind, i.Summary, i.OccurredAt, i.OnPreferredChannel,
                    i.Participants.Select(p => new ParticipantDto(p.Role, p.StaffMember == null ? null : new StaffNameDto(p.StaffMember.Name))).ToList())).ToList(),
                Expectations = r.Expectations.Where(e => Open.Contains(e.Status)).OrderBy(e => e.DueAt).ThenBy(e => e.Id)
                    .Select(e => new ExpectationDto(e.Deliverable, e.DueAt, e.Status, e.UpdateCadence, e.LastUpdateAt)).ToList(),
            })
            .ToListAsync();

        var nodes = rows.ConvertAll(r => new RequestDto(
            GlobalId.Encode(nameof(Request), r.Id), r.Number, r.Title, r.Status, r.Priority, r.BusinessImpact, r.CreatedAt,
            r.Customer is null ? null : new CustomerDto(GlobalId.Encode(nameof(Customer), r.Customer.Id), r.Customer.Name, r.Customer.BusinessUnit, r.Customer.PreferredChannels),
            r.Owner,
            new InteractionPageDto(r.InteractionCount, r.Interactions),
            r.Expectations));
        var pageInfo = new PageInfoDto(totalCount > nodes.Count, nodes.Count > 0 ? DataFieldExtensions.EncodeCursor(nodes.Count - 1) : null);
        return new DashboardResponse(new DashboardData(new RequestPageDto(totalCount, nodes, pageInfo)));
    }
}

public sealed record DashboardResponse(DashboardData Data);

public sealed record DashboardData(RequestPageDto Requests);

public sealed record RequestPageDto(int TotalCount, List<RequestDto> Nodes, PageInfoDto PageInfo);

public sealed record PageInfoDto(bool HasNextPage, string? EndCursor);

public sealed record RequestDto(
    string Id, string Number, string Title, RequestStatus Status, RequestPriority Priority, string? BusinessImpact, DateTime CreatedAt,
    CustomerDto? Customer, OwnerDto? Owner, InteractionPageDto Interactions, List<ExpectationDto> Expectations);

public sealed record CustomerDto(string Id, string Name, string BusinessUnit, List<Channel> PreferredChannels);

public sealed record OwnerDto(string Name, string Team);

public sealed record InteractionPageDto(int TotalCount, List<InteractionDto> Nodes);

public sealed record InteractionDto(Channel Channel, InteractionKind Kind, string Summary, DateTime OccurredAt, bool OnPreferredChannel, List<ParticipantDto> Participants);

public sealed record ParticipantDto(ParticipantRole Role, StaffNameDto? StaffMember);

public sealed record StaffNameDto(string Name);

public sealed record ExpectationDto(string Deliverable, DateTime DueAt, ExpectationStatus Status, TimeSpan? UpdateCadence, DateTime? LastUpdateAt);

/// <summary>Enum values as the API prints them (<c>WAITING_ON_CUSTOMER</c>).</summary>
public sealed class ApiEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseUpper) where TEnum : struct, Enum;

/// <summary>Instants as the API prints them: UTC, milliseconds, <c>Z</c> (SQLite hands them back unspecified).</summary>
public sealed class ApiDateTimeConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        Span<byte> text = stackalloc byte[24];
        value.TryFormat(text, out var written, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..written]);
    }
}

/// <summary>Durations as the API prints them: ISO 8601 (<c>P1D</c>).</summary>
public sealed class ApiTimeSpanConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) => writer.WriteStringValue(XmlConvert.ToString(value));
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [
        typeof(ApiDateTimeConverter), typeof(ApiTimeSpanConverter),
        typeof(ApiEnumConverter<RequestStatus>), typeof(ApiEnumConverter<RequestPriority>), typeof(ApiEnumConverter<Channel>),
        typeof(ApiEnumConverter<InteractionKind>), typeof(ApiEnumConverter<ParticipantRole>), typeof(ApiEnumConverter<ExpectationStatus>)])]
[JsonSerializable(typeof(DashboardResponse))]
public sealed partial class DashboardJsonContext : JsonSerializerContext;
