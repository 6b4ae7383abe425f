using GraphApi.Persistence;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests;

public sealed class KeysCommandTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        await using var context = database.CreateContext();
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await KeysCommand.RunAsync(args, context, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string LastLine(string text) => text.TrimEnd().Split('\n')[^1].TrimEnd('\r');

    [Fact]
    public async Task Create_prints_the_key_last_and_stores_only_its_hash()
    {
        var (code, output, _) = await RunAsync("create", "--role", "staff", "--name", "helpdesk");

        Assert.Equal(0, code);
        var key = LastLine(output);
        Assert.StartsWith(ApiKeyGenerator.Prefix, key);
        Assert.Equal(ApiKeyGenerator.Prefix.Length + 43, key.Length);
        Assert.Matches("^gapi_[A-Za-z0-9_-]{43}$", key);

        await using var context = database.CreateContext();
        var stored = await context.ApiKeys.SingleAsync();
        Assert.Equal("helpdesk", stored.Name);
        Assert.Equal(ApiKeyRole.Staff, stored.Role);
        Assert.Equal(ApiKeyGenerator.Hash(key), stored.Hash);
        Assert.Equal(64, stored.Hash.Length);
        Assert.DoesNotContain(key[ApiKeyGenerator.Prefix.Length..], File.ReadAllText(database.Path) + ReadIfExists(database.Path + "-wal"));
    }

    [Fact]
    public async Task Keys_are_unique()
    {
        var first = LastLine((await RunAsync("create", "--role", "admin", "--name", "a")).Output);
        var second = LastLine((await RunAsync("create", "--role", "admin", "--name", "b")).Output);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Customer_key_needs_an_existing_customer()
    {
        await using (var context = database.CreateContext())
        {
            await PersistenceExtensions.MigrateAsync(context);
            context.Customers.Add(new Customers.Customer { Name = "Ada", Email = "ada@example.com", BusinessUnit = "Finance" });
            await context.SaveChangesAsync();
        }

        var ada = GraphApi.Api.GlobalId.Encode("Customer", 1);
        Assert.Equal(0, (await RunAsync("create", "--role", "customer", "--name", "ada", "--customer", ada)).Code);
        Assert.NotEqual(0, (await RunAsync("create", "--role", "customer", "--name", "ghost", "--customer", GraphApi.Api.GlobalId.Encode("Customer", 99))).Code);
        var (code, _, error) = await RunAsync("create", "--role", "customer", "--name", "raw", "--customer", "1");
        Assert.NotEqual(0, code);
        Assert.Contains("GraphQL id", error, StringComparison.Ordinal);
        Assert.NotEqual(0, (await RunAsync("create", "--role", "customer", "--name", "request", "--customer", GraphApi.Api.GlobalId.Encode("Request", 1))).Code);
        Assert.NotEqual(0, (await RunAsync("create", "--role", "customer", "--name", "nobody")).Code);
        Assert.NotEqual(0, (await RunAsync("create", "--role", "staff", "--name", "x", "--customer", ada)).Code);

        await using var check = database.CreateContext();
        Assert.Equal(1, (await check.ApiKeys.SingleAsync()).CustomerId);
    }

    [Fact]
    public async Task A_staff_key_binds_to_an_existing_staff_member()
    {
        await using (var context = database.CreateContext())
        {
            await PersistenceExtensions.MigrateAsync(context);
            context.StaffMembers.Add(new Staff.StaffMember { Name = "Sam Patel", Email = "sam@example.com", Team = "Service desk" });
            await context.SaveChangesAsync();
        }

        var sam = GraphApi.Api.GlobalId.Encode("StaffMember", 1);
        var (code, output, _) = await RunAsync("create", "--role", "staff", "--name", "sam", "--staff", sam);
        Assert.Equal(0, code);
        Assert.Contains($"acting as staff member {sam}", output, StringComparison.Ordinal);
        Assert.NotEqual(0, (await RunAsync("create", "--role", "staff", "--name", "ghost", "--staff", GraphApi.Api.GlobalId.Encode("StaffMember", 99))).Code);
        Assert.NotEqual(0, (await RunAsync("create", "--role", "staff", "--name", "raw", "--staff", "1")).Code);
        var (connectorCode, _, connectorError) = await RunAsync("create", "--role", "connector", "--name", "jira", "--staff", sam);
        Assert.NotEqual(0, connectorCode);
        Assert.Contains("--staff is only for", connectorError, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync("create", "--role", "admin", "--name", "sam-admin", "--staff", sam)).Code);

        var list = (await RunAsync("list")).Output;
        Assert.Contains($"sam\tstaff\t-\t{sam}\t", list, StringComparison.Ordinal);
        await using var check = database.CreateContext();
        Assert.Equal([1, 1], await check.ApiKeys.OrderBy(k => k.Id).Select(k => k.StaffMemberId ?? 0).ToListAsync());
    }

    [Fact]
    public async Task List_shows_keys_without_secrets_and_revoke_by_name_or_id_marks_them()
    {
        var key = LastLine((await RunAsync("create", "--role", "connector", "--name", "servicenow")).Output);
        await RunAsync("create", "--role", "admin", "--name", "ops");

        Assert.Equal(0, (await RunAsync("revoke", "servicenow")).Code);
        Assert.Equal(0, (await RunAsync("revoke", "2")).Code);
        var (code, output, _) = await RunAsync("list");

        Assert.Equal(0, code);
        Assert.Contains("servicenow\tconnector", output);
        Assert.Contains("ops\tadmin", output);
        Assert.DoesNotContain(key, output);
        await using var context = database.CreateContext();
        Assert.All(await context.ApiKeys.ToListAsync(), k => Assert.NotNull(k.RevokedAt));
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("create")]
    [InlineData("create", "--role", "root", "--name", "x")]
    [InlineData("create", "--role", "7", "--name", "x")]
    [InlineData("create", "--role", "admin")]
    [InlineData("create", "--role", "admin", "--name")]
    [InlineData("create", "--role", "admin", "--name", "x", "--colour", "blue")]
    [InlineData("revoke")]
    [InlineData("revoke", "nobody")]
    [InlineData("list", "extra")]
    public async Task Bad_input_gets_a_message_and_a_non_zero_exit(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.NotEqual(0, code);
        Assert.StartsWith("error: ", error);
    }

    [Fact]
    public async Task Duplicate_name_is_refused()
    {
        await RunAsync("create", "--role", "admin", "--name", "twice");

        var (code, _, error) = await RunAsync("create", "--role", "staff", "--name", "twice");

        Assert.NotEqual(0, code);
        Assert.Contains("already exists", error);
    }

    private static string ReadIfExists(string path) => File.Exists(path) ? File.ReadAllText(path) : "";
}
