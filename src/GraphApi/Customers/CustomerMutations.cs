using GraphApi.Customers;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;
using GraphApi.Security;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

public sealed partial class Mutation
{
    /// <summary>The most usual contacts a customer has.</summary>
    public const int MaxUsualContacts = 20;

    [Authorize(ApiKeyRole.Admin)]
    [GraphQLDescription("Adds a customer; the email must be unused.")]
    public async Task<CreateCustomerPayload> CreateCustomer(CreateCustomerInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        check.Text(input.Name, "input.name");
        check.Text(input.BusinessUnit, "input.businessUnit");
        var email = PersonChecks.Email(check, input.Email);
        var db = mutation.Database();
        var contacts = await PersonChecks.UsualContactsAsync(check, db, input.UsualContactIds ?? [], cancellationToken);
        if (await db.Customers.AnyAsync(c => c.Email == email, cancellationToken))
        {
            check.Fail(ApiErrorCodes.AlreadyExists, $"A customer already has the email '{email}'.", "input.email");
        }

        if (check.Failed)
        {
            return new CreateCustomerPayload { Errors = check.Errors };
        }

        var customer = input.ToCustomer(email);
        customer.PreferredChannels = (input.PreferredChannels ?? []).Distinct().ToList();
        customer.UsualContacts = contacts.Select(id => new CustomerUsualContact { StaffMemberId = id }).ToList();
        db.Customers.Add(customer);
        var error = await mutation.SaveAsync(db, cancellationToken);
        return error is null ? new CreateCustomerPayload { CustomerId = customer.Id } : new CreateCustomerPayload { Errors = [error] };
    }

    [Authorize(ApiKeyRole.Admin)]
    [GraphQLDescription("Changes a customer.")]
    public async Task<UpdateCustomerPayload> UpdateCustomer(UpdateCustomerInput input, MutationContext mutation, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var customerId = check.Id(input.CustomerId, nameof(Customer), "input.customerId");
        if (input.Name is not null)
        {
            check.Text(input.Name, "input.name");
        }

        if (input.BusinessUnit is not null)
        {
            check.Text(input.BusinessUnit, "input.businessUnit");
        }

        var email = input.Email is null ? null : PersonChecks.Email(check, input.Email);
        var db = mutation.Database();
        var contacts = input.UsualContactIds is null ? null : await PersonChecks.UsualContactsAsync(check, db, input.UsualContactIds, cancellationToken);
        var customer = await check.FindAsync(db.Customers.Include(c => c.UsualContacts), customerId, "input.customerId", cancellationToken);

        if (email is not null && await db.Customers.AnyAsync(c => c.Email == email && c.Id != customerId, cancellationToken))
        {
            check.Fail(ApiErrorCodes.AlreadyExists, $"Another customer already has the email '{email}'.", "input.email");
        }

        if (check.Failed || customer is null)
        {
            return new UpdateCustomerPayload { Errors = check.Errors };
        }

        input.ApplyTo(customer);
        customer.Email = email ?? customer.Email;
        if (input.PreferredChannels is not null)
        {
            customer.PreferredChannels = input.PreferredChannels.Distinct().ToList();
        }

        if (contacts is not null)
        {
            customer.UsualContacts.RemoveAll(contact => !contacts.Contains(contact.StaffMemberId));
            customer.UsualContacts.AddRange(contacts.Where(id => customer.UsualContacts.All(c => c.StaffMemberId != id)).Select(id => new CustomerUsualContact { StaffMemberId = id }));
        }

        var error = await mutation.SaveAsync(db, cancellationToken);
        return error is null ? new UpdateCustomerPayload { CustomerId = customer.Id } : new UpdateCustomerPayload { Errors = [error] };
    }
}

/// <summary>Checks shared by the customer and staff mutations.</summary>
internal static class PersonChecks
{
    /// <summary>The email, trimmed and lower-cased; INVALID_INPUT when it does not look like one.</summary>
    public static string Email(InputCheck check, string email)
    {
        var text = check.Text(email, "input.email").ToLowerInvariant();
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (text.Length > 0 && (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1 || text.Any(char.IsWhiteSpace)))
        {
            check.Fail(ApiErrorCodes.InvalidInput, $"'{email}' is not an email address.", "input.email");
        }

        return text;
    }

    public static async Task<List<int>> UsualContactsAsync(InputCheck check, GraphApiDbContext db, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count > Mutation.MaxUsualContacts)
        {
            check.Fail(ApiErrorCodes.InvalidInput, $"A customer has at most {Mutation.MaxUsualContacts} usual contacts.", "input.usualContactIds");
            return [];
        }

        var contacts = new List<int>();
        for (var i = 0; i < ids.Count; i++)
        {
            var field = $"input.usualContactIds[{i}]";
            var id = check.Id(ids[i], nameof(StaffMember), field);
            await check.Exists<StaffMember>(db, id, field, cancellationToken);
            if (!contacts.Contains(id))
            {
                contacts.Add(id);
            }
        }

        return contacts;
    }
}
