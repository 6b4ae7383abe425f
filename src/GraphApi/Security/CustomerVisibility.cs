using GraphApi.Customers;
using GraphApi.Events;
using GraphApi.Expectations;
using GraphApi.Integrations;
using GraphApi.Interactions;
using GraphApi.Persistence;
using GraphApi.Requests;
using GraphApi.Retrospectives;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Security;

/// <summary>
/// A customer key sees only its own customer, requests, interactions, expectations, retrospectives, action items
/// and external references. Enforced as EF Core query filters, so every path — root lists, <c>node(id)</c>,
/// nested fields, mutations' look-ups — goes through the same rule in SQL.
/// </summary>
public static class CustomerVisibility
{
    /// <summary>Adds the filters; they read <see cref="GraphApiDbContext.VisibleCustomerId"/> of the context running each query.</summary>
    public static void Apply(ModelBuilder model, GraphApiDbContext context)
    {
        model.Entity<Customer>().HasQueryFilter(c => context.VisibleCustomerId == null || c.Id == context.VisibleCustomerId);
        model.Entity<Request>().HasQueryFilter(r => context.VisibleCustomerId == null || r.CustomerId == context.VisibleCustomerId);
        model.Entity<Interaction>().HasQueryFilter(i => context.VisibleCustomerId == null || i.CustomerId == context.VisibleCustomerId);
        model.Entity<Expectation>().HasQueryFilter(e => context.VisibleCustomerId == null || e.Request!.CustomerId == context.VisibleCustomerId);
        model.Entity<Retrospective>().HasQueryFilter(r => context.VisibleCustomerId == null || r.Request!.CustomerId == context.VisibleCustomerId);
        model.Entity<ActionItem>().HasQueryFilter(a => context.VisibleCustomerId == null || a.Retrospective!.Request!.CustomerId == context.VisibleCustomerId);
        model.Entity<ExternalReference>().HasQueryFilter(x => context.VisibleCustomerId == null || x.Request!.CustomerId == context.VisibleCustomerId);
        model.Entity<DomainEvent>().HasQueryFilter(e => context.VisibleCustomerId == null || e.CustomerId == context.VisibleCustomerId);
    }
}
