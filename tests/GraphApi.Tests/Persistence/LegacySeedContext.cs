using GraphApi.Events;
using GraphApi.Expectations;
using GraphApi.Interactions;
using GraphApi.Metrics.Facts;
using GraphApi.Persistence;
using GraphApi.Requests;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Persistence;

/// <summary>
/// The model as it stood when the hand-written migrations were squashed, to fill a database those migrations made: the
/// current model without what later migrations added (each one that adds to the model adds its part here).
/// </summary>
public sealed class LegacySeedContext(DbContextOptions<GraphApiDbContext> options) : GraphApiDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // DomainEventsAndStaffKeys
        modelBuilder.Entity<DomainEvent>().Ignore(e => e.ChangedFieldNames);
        modelBuilder.Entity<Request>().Ignore(r => r.DecidedAt).Ignore(r => r.DecisionRationaleInternal);
        modelBuilder.Entity<Expectation>().Ignore(e => e.CreatedAt).Ignore(e => e.MetAt);
        modelBuilder.Entity<Interaction>().Ignore(i => i.InternalNote);
        modelBuilder.Entity<InteractionParticipant>().HasKey(p => new { p.InteractionId, p.StaffMemberId });
        modelBuilder.Entity<InteractionParticipant>().Ignore(p => p.Position);
        modelBuilder.Entity<ApiKey>().Ignore(k => k.StaffMember).Ignore(k => k.StaffMemberId);

        // MetricFacts
        modelBuilder.Ignore<RequestMetricFact>().Ignore<ExpectationMetricFact>().Ignore<InteractionMetricFact>().Ignore<ContactMetricFact>();
    }
}
