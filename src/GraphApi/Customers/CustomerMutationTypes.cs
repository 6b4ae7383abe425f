using GraphApi.Api;
using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Interactions;
using GraphApi.Persistence;

namespace GraphApi.Customers;

[GraphQLDescription("A new customer.")]
public sealed class CreateCustomerInput
{
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string BusinessUnit { get; init; }
    public IReadOnlyList<Channel>? PreferredChannels { get; init; }

    [ID]
    [GraphQLDescription("The staff members the customer usually deals with.")]
    public IReadOnlyList<string>? UsualContactIds { get; init; }
}

[GraphQLDescription("Changes to a customer; fields left out (or null) stay as they are, lists given replace the old ones.")]
public sealed class UpdateCustomerInput
{
    [ID]
    public required string CustomerId { get; init; }
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? BusinessUnit { get; init; }
    public IReadOnlyList<Channel>? PreferredChannels { get; init; }

    [ID]
    public IReadOnlyList<string>? UsualContactIds { get; init; }
}

/// <summary>A payload whose object is a customer.</summary>
public abstract class CustomerPayload : Payload
{
    [GraphQLIgnore]
    public int? CustomerId { get; init; }

    [GraphQLDescription("The customer after the change; null when there are errors.")]
    public Task<Customer?> GetCustomer(IResolverContext context, DbContextPerResolver<GraphApiDbContext> db) => db.FindProjectedAsync<Customer>(CustomerId, context);
}

public sealed class CreateCustomerPayload : CustomerPayload;

public sealed class UpdateCustomerPayload : CustomerPayload;
