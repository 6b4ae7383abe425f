using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphApi.Api;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Api;

/// <summary>The real host on its own SQLite file with the demo data, and a client that speaks GraphQL with an API key.</summary>
public class ApiFactory : GraphApiFactory
{
    private int _keys;

    public ApiFactory()
        : this(new TempDatabase())
    {
    }

    protected ApiFactory(ITestDatabase database)
        : base(database)
    {
    }

    protected override bool SeedDemo => true;

    /// <summary>Stores a new key with <paramref name="role"/> (bound to a customer or a staff member when given) and returns it.</summary>
    public async Task<string> KeyAsync(ApiKeyRole role, int? customerId = null, int? staffMemberId = null)
    {
        StartServer();
        var key = ApiKeyGenerator.NewKey();
        await using var db = Database.CreateContext();
        db.ApiKeys.Add(new ApiKey
        {
            Name = $"{role}-{Interlocked.Increment(ref _keys)}",
            Role = role,
            CustomerId = customerId,
            StaffMemberId = staffMemberId,
            Hash = ApiKeyGenerator.Hash(key),
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return key;
    }

    /// <summary>Revokes <paramref name="key"/> in the database, as <c>keys revoke</c> does.</summary>
    public async Task RevokeAsync(string key)
    {
        await using var db = Database.CreateContext();
        var hash = ApiKeyGenerator.Hash(key);
        db.ApiKeys.Single(k => k.Hash == hash).RevokedAt = DateTime.UtcNow;
        await db.SaveChangesAsync();
    }

    /// <summary>POSTs a GraphQL request with <paramref name="key"/> and returns the response's JSON.</summary>
    public async Task<JsonElement> GraphQLAsync(string key, string query, object? variables = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The cursor of the last event written so far: <c>events(after:)</c> it reads only what comes next.</summary>
    public async Task<string> HeadCursorAsync()
    {
        StartServer();
        await using var db = Database.CreateContext();
        return GraphApi.Events.EventCursor.Encode(await db.Events.MaxAsync(e => (long?)e.Sequence) ?? 0);
    }

    /// <summary>The global id of a <paramref name="typeName"/> with key <paramref name="id"/>.</summary>
    public static string Id(string typeName, int id) => GlobalId.Encode(typeName, id);
}

/// <summary>Reading GraphQL responses in assertions.</summary>
public static class Json
{
    /// <summary>The element at a dotted path (<c>data.createRequest.request.id</c>; numbers index arrays).</summary>
    public static JsonElement At(this JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
        {
            element = int.TryParse(part, out var index) ? element[index] : element.GetProperty(part);
        }

        return element;
    }

    /// <summary>The string at a path.</summary>
    public static string Text(this JsonElement element, string path) => element.At(path).GetString()!;

    /// <summary>The codes of a payload's errors, or of the top-level errors when <paramref name="path"/> is null.</summary>
    public static string[] Codes(this JsonElement element, string? path = null) => path is null
        ? element.GetProperty("errors").EnumerateArray().Select(e => e.At("extensions.code").GetString()!).ToArray()
        : element.At(path).EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToArray();

    /// <summary>Asserts the response has no top-level errors.</summary>
    public static JsonElement Ok(this JsonElement element)
    {
        Assert.False(element.TryGetProperty("errors", out var errors), errors.ToString());
        return element;
    }
}
