using System.Globalization;
using GraphApi.Api;
using GraphApi.Customers;
using GraphApi.Persistence;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Security;

/// <summary>
/// <c>keys create --role &lt;admin|staff|connector|customer&gt; --name &lt;name&gt; [--customer &lt;graphql-id&gt;] [--staff &lt;graphql-id&gt;]</c>,
/// <c>keys list</c>, <c>keys revoke &lt;id-or-name&gt;</c>. Returns the process exit code; the new key is the last line printed.
/// </summary>
public static class KeysCommand
{
    public const string Usage = """
        usage:
          keys create --role <admin|staff|connector|customer> --name <name> [--customer <customer's GraphQL id>] [--staff <staff member's GraphQL id>]
          keys list
          keys revoke <id-or-name>
        """;

    /// <param name="args">The arguments after <c>keys</c>.</param>
    public static async Task<int> RunAsync(string[] args, GraphApiDbContext context, TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        if (args.Length == 0)
        {
            return Fail(error, "missing keys command.");
        }

        await PersistenceExtensions.MigrateAsync(context);
        return args[0] switch
        {
            "create" => await CreateAsync(args[1..], context, output, error, clock),
            "list" when args.Length == 1 => await ListAsync(context, output),
            "revoke" when args.Length == 2 => await RevokeAsync(args[1], context, output, error, clock),
            "list" or "revoke" => Fail(error, $"wrong number of arguments for 'keys {args[0]}'."),
            _ => Fail(error, $"unknown keys command '{args[0]}'."),
        };
    }

    private static async Task<int> CreateAsync(string[] args, GraphApiDbContext context, TextWriter output, TextWriter error, TimeProvider clock)
    {
        string? role = null, name = null, customer = null, staff = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return Fail(error, $"option '{args[i]}' needs a value.");
            }

            switch (args[i])
            {
                case "--role": role = args[++i]; break;
                case "--name": name = args[++i]; break;
                case "--customer": customer = args[++i]; break;
                case "--staff": staff = args[++i]; break;
                default: return Fail(error, $"unknown option '{args[i]}'.");
            }
        }

        if (role is null || !Enum.TryParse<ApiKeyRole>(role, ignoreCase: true, out var parsedRole) || !Enum.IsDefined(parsedRole) || int.TryParse(role, out _))
        {
            return Fail(error, "--role must be one of admin, staff, connector, customer.");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return Fail(error, "--name is required.");
        }

        int? customerId = null;
        if (parsedRole == ApiKeyRole.Customer)
        {
            if (customer is null)
            {
                return Fail(error, "a customer key needs --customer <the customer's GraphQL id>.");
            }

            if (!GlobalId.TryDecode(customer, nameof(Customer), out var id))
            {
                return Fail(error, $"'{customer}' is not a customer id: pass the customer's GraphQL id, as the API returns it (for example {GlobalId.Encode(nameof(Customer), 1)}).");
            }

            if (!await context.Customers.AnyAsync(c => c.Id == id))
            {
                return Fail(error, $"no customer with id '{customer}'.");
            }

            customerId = id;
        }
        else if (customer is not null)
        {
            return Fail(error, "--customer is only for --role customer.");
        }

        int? staffMemberId = null;
        if (staff is not null)
        {
            if (parsedRole is not (ApiKeyRole.Staff or ApiKeyRole.Admin))
            {
                return Fail(error, "--staff is only for --role staff or admin: it binds the key to the person who uses it.");
            }

            if (!GlobalId.TryDecode(staff, nameof(StaffMember), out var id))
            {
                return Fail(error, $"'{staff}' is not a staff member id: pass the staff member's GraphQL id, as the API returns it (for example {GlobalId.Encode(nameof(StaffMember), 1)}).");
            }

            if (!await context.StaffMembers.AnyAsync(s => s.Id == id))
            {
                return Fail(error, $"no staff member with id '{staff}'.");
            }

            staffMemberId = id;
        }

        if (await context.ApiKeys.AnyAsync(k => k.Name == name))
        {
            return Fail(error, $"a key named '{name}' already exists.");
        }

        var key = ApiKeyGenerator.NewKey();
        var entity = new ApiKey
        {
            Name = name,
            Role = parsedRole,
            CustomerId = customerId,
            StaffMemberId = staffMemberId,
            Hash = ApiKeyGenerator.Hash(key),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        context.ApiKeys.Add(entity);
        await context.SaveChangesAsync();
        var person = staffMemberId is { } bound ? $", acting as staff member {GlobalId.Encode(nameof(StaffMember), bound)}" : "";
        await output.WriteLineAsync($"Created key {entity.Id} '{name}' ({Role(parsedRole)}{person}). It is shown only this once:");
        await output.WriteLineAsync(key);
        return 0;
    }

    private static async Task<int> ListAsync(GraphApiDbContext context, TextWriter output)
    {
        var keys = await context.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync();
        await output.WriteLineAsync("id\tname\trole\tcustomer\tstaff\tcreated\trevoked");
        foreach (var k in keys)
        {
            await output.WriteLineAsync(string.Join('\t', k.Id, k.Name, Role(k.Role), k.CustomerId is { } customerId ? GlobalId.Encode(nameof(Customer), customerId) : "-",
                k.StaffMemberId is { } staffMemberId ? GlobalId.Encode(nameof(StaffMember), staffMemberId) : "-",
                k.CreatedAt.ToString("u", CultureInfo.InvariantCulture), k.RevokedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-"));
        }

        return 0;
    }

    private static async Task<int> RevokeAsync(string idOrName, GraphApiDbContext context, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var key = int.TryParse(idOrName, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await context.ApiKeys.SingleOrDefaultAsync(k => k.Id == id)
            : await context.ApiKeys.SingleOrDefaultAsync(k => k.Name == idOrName);
        if (key is null)
        {
            return Fail(error, $"no key with id or name '{idOrName}'.");
        }

        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow().UtcDateTime;
            await context.SaveChangesAsync();
        }

        await output.WriteLineAsync($"Revoked key {key.Id} '{key.Name}'.");
        return 0;
    }

    private static string Role(ApiKeyRole role) => role.ToString().ToLowerInvariant();

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        error.WriteLine(Usage);
        return 2;
    }
}
