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
/// A customer key sees only its own customer, requests, interactions, expectations, retrospectives, action items,
/// external references and events. Enforced as EF Core query filters, so every path — root lists, <c>node(id)</c>,
/// nested fields, mutations' look-ups — goes through the same rule in SQL.
/// </summary>
/// <remarks>
/// Customers themselves are the exception: they are reached by navigation only from rows already confined to the
/// caller's customer, and a filter on the principal of a required navigation makes EF Core need SQL APPLY inside
/// nested pages, which SQLite lacks. Queries that start at customers go through <see cref="Visible{T}"/> instead.
/// </remarks>
public static class CustomerVisibility
{
    /// <summary>Adds the filters; they read <see cref="GraphApiDbContext.VisibleCustomerId"/> of the context running each query.</summary>
    public static void Apply(ModelBuilder model, GraphApiDbContext context)
    {
        model.Entity<Request>().HasQueryFilter(r => context.VisibleCustomerId == null || r.CustomerId == context.VisibleCustomerId);
        model.Entity<Interaction>().HasQueryFilter(i => context.VisibleCustomerId == null || i.CustomerId == context.VisibleCustomerId);
        model.Entity<Expectation>().HasQueryFilter(e => context.VisibleCustomerId == null || e.Request!.CustomerId == context.VisibleCustomerId);
        model.Entity<Retrospective>().HasQueryFilter(r => context.VisibleCustomerId == null || r.Request!.CustomerId == context.VisibleCustomerId);
        model.Entity<ActionItem>().HasQueryFilter(a => context.VisibleCustomerId == null || a.Retrospective!.Request!.CustomerId == context.VisibleCustomerId);
        model.Entity<ExternalReference>().HasQueryFilter(x => context.VisibleCustomerId == null || x.Request!.CustomerId == context.VisibleCustomerId);
        model.Entity<DomainEvent>().HasQueryFilter(e => context.VisibleCustomerId == null || e.CustomerId == context.VisibleCustomerId);
    }

    /// <summary>The <typeparamref name="T"/> rows the context's caller may see: the query filters, plus the customer rule for customers.</summary>
    public static IQueryable<T> Visible<T>(GraphApiDbContext context) where T : class
    {
        var rows = context.Set<T>();
        return rows is IQueryable<Customer> customers
            ? (IQueryable<T>)customers.Where(c => context.VisibleCustomerId == null || c.Id == context.VisibleCustomerId)
            : rows;
    }
}
