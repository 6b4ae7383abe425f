using GraphApi.Customers;
using GraphApi.Events;
using GraphApi.Expectations;
using GraphApi.Interactions;
using GraphApi.Persistence;
using GraphApi.Requests;
using GraphApi.Retrospectives;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Metrics;

/// <summary>
/// The metrics tests' rows: a customer with figures worked out by hand (<see cref="KnownCustomerId"/>, business unit
/// Audit), and seeded random history around it for the brute-force comparisons. Loaded back as the database holds them.
/// </summary>
public sealed class MetricsTestData
{
    public static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    public required int KnownCustomerId { get; init; }
    public required List<Customer> Customers { get; init; }
    public required List<StaffMember> Staff { get; init; }
    public required List<Request> Requests { get; init; }
    public required List<Interaction> Interactions { get; init; }
    public required List<Expectation> Expectations { get; init; }
    public required List<Retrospective> Retrospectives { get; init; }
    public required List<DomainEvent> Events { get; init; }

    private static DateTime At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    public static async Task<MetricsTestData> SeedAsync(GraphApiDbContext db)
    {
        var random = new Random(15);
        var staff = Enumerable.Range(1, 5).Select(n => new StaffMember { Name = $"Staff {n}", Email = $"staff{n}@it.example.com", Team = n % 2 == 0 ? "Desk" : "Apps" }).ToList();
        var channels = Enum.GetValues<Channel>();
        string[] units = ["Finance", "Legal", "Sales"];
        var customers = Enumerable.Range(1, 8).Select(n => new Customer
        {
            Name = $"Customer {n}",
            Email = $"customer{n}@example.com",
            BusinessUnit = units[n % units.Length],
            PreferredChannels = channels.OrderBy(_ => random.Next()).Take(1 + random.Next(2)).ToList(),
            UsualContacts = staff.OrderBy(_ => random.Next()).Take(1 + random.Next(2)).Select(s => new CustomerUsualContact { StaffMember = s }).ToList(),
        }).ToList();
        db.StaffMembers.AddRange(staff);
        db.Customers.AddRange(customers);
        await db.SaveChangesAsync();

        var known = await SeedKnownAsync(db, staff[0], staff[1]);
        await SeedRandomAsync(db, random, customers, staff);
        return await LoadAsync(db, known);
    }

    // The figures of this customer are worked out by hand in RelationshipMetricsTests.
    private static async Task<int> SeedKnownAsync(GraphApiDbContext db, StaffMember usual, StaffMember other)
    {
        var customer = new Customer
        {
            Name = "Kim Known", Email = "kim@example.com", BusinessUnit = "Audit", PreferredChannels = [Channel.Email],
            UsualContacts = [new CustomerUsualContact { StaffMember = usual }],
        };
        db.Customers.Add(customer);
        Request NewRequest(int n, DateTime created, int? firstResponseMinutes, int? resolveHours, RequestStatus status, RequestDecision? decision, StaffMember? owner) => new()
        {
            Number = $"KNOWN-{n}", Title = $"Known {n}", Customer = customer, CreatedAt = created, Status = status, Decision = decision, Owner = owner,
            FirstResponseAt = firstResponseMinutes is { } m ? created.AddMinutes(m) : null,
            ResolvedAt = resolveHours is { } h ? created.AddHours(h) : null,
            KnowledgeLink = decision == RequestDecision.AlreadyAvailable ? "https://kb.example.com/1" : null,
        };
        Interaction Talk(Request request, DateTime at, Channel channel, InteractionKind kind, StaffMember? lead, StaffMember? contributor = null) => new()
        {
            Customer = customer, Request = request, Channel = channel, Kind = kind, Summary = kind.ToString(), OccurredAt = at,
            OnPreferredChannel = channel == Channel.Email,
            Participants = [.. new[] { (lead, ParticipantRole.Lead), (contributor, ParticipantRole.Contributor) }
                .Where(p => p.Item1 is not null).Select((p, position) => new InteractionParticipant { StaffMember = p.Item1, Role = p.Item2, Position = position })],
        };

        var k1 = NewRequest(1, At(3, 2, 9), 30, 48, RequestStatus.Resolved, RequestDecision.Accepted, usual);
        var k2 = NewRequest(2, At(3, 3, 10), 90, 96, RequestStatus.Closed, RequestDecision.AlreadyAvailable, other);
        var k3 = NewRequest(3, At(3, 10, 8), 60, null, RequestStatus.InProgress, RequestDecision.Deferred, usual);
        var k4 = NewRequest(4, At(3, 11, 9), null, null, RequestStatus.New, null, null);
        db.Requests.AddRange(k1, k2, k3, k4);
        db.Interactions.AddRange(
            Talk(k1, At(3, 2, 9), Channel.Email, InteractionKind.Intake, usual, other),
            Talk(k1, At(3, 2, 20), Channel.Phone, InteractionKind.StatusUpdate, other),
            Talk(k1, At(3, 4, 9), Channel.Email, InteractionKind.Resolution, usual),
            Talk(k2, At(3, 3, 10), Channel.Chat, InteractionKind.Intake, other),
            Talk(k3, At(3, 10, 8), Channel.Email, InteractionKind.Intake, usual),
            Talk(k3, At(3, 11, 9), Channel.Email, InteractionKind.StatusUpdate, usual),
            Talk(k3, At(3, 11, 15), Channel.Phone, InteractionKind.StatusUpdate, other),
            Talk(k3, At(3, 12, 21), Channel.Email, InteractionKind.StatusUpdate, null));
        var e1 = new Expectation { Request = k1, Deliverable = "E1", DueAt = At(3, 4, 12), UpdateCadence = TimeSpan.FromDays(1), Status = ExpectationStatus.Met };
        var e2 = new Expectation { Request = k2, Deliverable = "E2", DueAt = At(3, 5, 10), Status = ExpectationStatus.Missed };
        var e5 = new Expectation { Request = k2, Deliverable = "E5", DueAt = At(3, 6, 9), Status = ExpectationStatus.Missed };
        var e4 = new Expectation { Request = k3, Deliverable = "E4", DueAt = At(3, 14, 8), UpdateCadence = TimeSpan.FromHours(12), Status = ExpectationStatus.Missed };
        var e3 = new Expectation { Request = k3, Deliverable = "E3", DueAt = At(3, 12, 8), UpdateCadence = TimeSpan.FromHours(12), Status = ExpectationStatus.Renegotiated, ReplacedBy = e4 };
        db.Expectations.AddRange(e1, e2, e3, e4, e5);
        db.Retrospectives.AddRange(
            new Retrospective
            {
                Request = k1, HeldAt = At(3, 6, 10), CustomerPerspective = "Good", CustomerRating = 4,
                ActionItems = [new ActionItem { Text = "a", Done = true }, new ActionItem { Text = "b" }],
            },
            new Retrospective { Request = k2, HeldAt = At(3, 8, 10), CustomerPerspective = "  ", CustomerRating = 2, ActionItems = [new ActionItem { Text = "c" }] });
        await db.SaveChangesAsync();

        db.Events.AddRange(
            Event(EventType.ExpectationStatusChanged, e1, customer.Id, At(3, 2, 10), null, "ON_TRACK"),
            Event(EventType.ExpectationAtRisk, e2, customer.Id, At(3, 5, 8), "ON_TRACK", "AT_RISK"),
            Event(EventType.ExpectationAtRisk, e5, customer.Id, At(3, 6, 10), "ON_TRACK", "AT_RISK"),
            Event(EventType.ExpectationStatusChanged, e5, customer.Id, At(3, 6, 11), "ON_TRACK", "AT_RISK"),
            Event(EventType.ExpectationStatusChanged, e3, customer.Id, At(3, 11, 8), "ON_TRACK", "RENEGOTIATED"),
            Event(EventType.ExpectationStatusChanged, e4, customer.Id, At(3, 11, 8), null, "ON_TRACK"));
        await db.SaveChangesAsync();
        return customer.Id;
    }

    private static async Task SeedRandomAsync(GraphApiDbContext db, Random random, List<Customer> customers, List<StaffMember> staff)
    {
        var statuses = Enum.GetValues<RequestStatus>();
        var decisions = Enum.GetValues<RequestDecision>();
        var expectationStatuses = Enum.GetValues<ExpectationStatus>();
        TimeSpan?[] cadences = [null, TimeSpan.FromHours(1), TimeSpan.FromHours(12), TimeSpan.FromDays(1), TimeSpan.FromHours(36), TimeSpan.FromMinutes(150)];
        var requests = new List<Request>();
        var expectations = new List<Expectation>();
        for (var n = 0; n < 120; n++)
        {
            var customer = customers[random.Next(customers.Count)];
            var created = At(1, 1, 0).AddMinutes(random.Next(0, 60 * 24 * 170));
            var status = statuses[random.Next(statuses.Length)];
            var request = new Request
            {
                Number = $"RND-{n}", Title = $"Random {n}", Customer = customer, CreatedAt = created, Status = status,
                Priority = (RequestPriority)random.Next(4),
                Owner = random.Next(5) == 0 ? null : staff[random.Next(staff.Count)],
                FirstResponseAt = random.Next(6) == 0 ? null : created.AddMinutes(random.Next(1, 600)),
                ResolvedAt = status is RequestStatus.Resolved or RequestStatus.Closed ? created.AddMinutes(random.Next(60, 60 * 24 * 20)) : null,
                Decision = random.Next(3) == 0 ? null : decisions[random.Next(decisions.Length)],
                KnowledgeLink = random.Next(5) == 0 ? "https://kb.example.com/x" : null,
            };
            requests.Add(request);
            var at = created;
            for (var i = random.Next(0, 6); i > 0; i--)
            {
                var channel = channels(random);
                var participants = staff.OrderBy(_ => random.Next()).Take(random.Next(0, 3))
                    .Select((s, index) => new InteractionParticipant { StaffMember = s, Role = index == 0 && random.Next(4) != 0 ? ParticipantRole.Lead : ParticipantRole.Listener, Position = index }).ToList();
                db.Interactions.Add(new Interaction
                {
                    Customer = customer, Request = request, Channel = channel, Kind = random.Next(2) == 0 ? InteractionKind.StatusUpdate : (InteractionKind)random.Next(7),
                    Summary = "r", OccurredAt = at, OnPreferredChannel = customer.PreferredChannels.Contains(channel), Participants = participants,
                });
                at = at.AddMinutes(random.Next(30, 60 * 30));
            }

            for (var e = random.Next(0, 4); e > 0; e--)
            {
                expectations.Add(new Expectation
                {
                    Request = request, Deliverable = "r", DueAt = created.AddMinutes(random.Next(60, 60 * 24 * 15)),
                    UpdateCadence = cadences[random.Next(cadences.Length)], Status = expectationStatuses[random.Next(expectationStatuses.Length)],
                });
            }

            if (random.Next(3) == 0)
            {
                db.Retrospectives.Add(Retro(random, request, created.AddDays(random.Next(1, 30))));
            }
        }

        for (var v = 0; v < 5; v++)
        {
            db.Retrospectives.Add(Retro(random, null, At(1, 15, 10).AddDays(30 * v)));
        }

        for (var n = 0; n < 30; n++)
        {
            var customer = customers[random.Next(customers.Count)];
            var channel = channels(random);
            db.Interactions.Add(new Interaction
            {
                Customer = customer, Channel = channel, Kind = InteractionKind.Feedback, Summary = "no request", OccurredAt = At(1, 1, 0).AddMinutes(random.Next(0, 60 * 24 * 170)),
                OnPreferredChannel = customer.PreferredChannels.Contains(channel),
                Participants = [new InteractionParticipant { StaffMember = staff[random.Next(staff.Count)], Role = ParticipantRole.Lead }],
            });
        }

        foreach (var renegotiated in expectations.Where(e => e.Status == ExpectationStatus.Renegotiated))
        {
            renegotiated.ReplacedBy = expectations.FirstOrDefault(e => e.Request == renegotiated.Request && e.Status != ExpectationStatus.Renegotiated);
        }

        db.Requests.AddRange(requests);
        db.Expectations.AddRange(expectations);
        await db.SaveChangesAsync();

        foreach (var expectation in expectations)
        {
            var customerId = expectation.Request!.CustomerId;
            var created = expectation.Request.CreatedAt.AddMinutes(random.Next(0, 300));
            if (random.Next(3) != 0)
            {
                db.Events.Add(Event(EventType.ExpectationStatusChanged, expectation, customerId, created, null, "ON_TRACK"));
            }

            var warnedAt = expectation.DueAt.AddMinutes(random.Next(-60 * 24, 60 * 12));
            switch (random.Next(4))
            {
                case 0:
                    db.Events.Add(Event(EventType.ExpectationAtRisk, expectation, customerId, warnedAt, "ON_TRACK", "AT_RISK"));
                    break;
                case 1:
                    db.Events.Add(Event(EventType.ExpectationStatusChanged, expectation, customerId, warnedAt, "ON_TRACK", "AT_RISK"));
                    break;
            }

            if (expectation.Status == ExpectationStatus.Renegotiated)
            {
                db.Events.Add(Event(EventType.ExpectationStatusChanged, expectation, customerId, warnedAt, "AT_RISK", "RENEGOTIATED"));
            }
        }

        await db.SaveChangesAsync();

        static Channel channels(Random random) => (Channel)random.Next(6);
    }

    private static Retrospective Retro(Random random, Request? request, DateTime heldAt) => new()
    {
        Request = request,
        HeldAt = heldAt,
        CustomerPerspective = random.Next(3) == 0 ? null : "They said so",
        CustomerRating = random.Next(4) == 0 ? null : 1 + random.Next(5),
        ActionItems = [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => new ActionItem { Text = "do", Done = random.Next(2) == 0 })],
    };

    private static DomainEvent Event(EventType type, Expectation expectation, int customerId, DateTime at, string? previous, string status) => new()
    {
        Type = type, EntityType = nameof(Expectation), EntityId = expectation.Id, RequestId = expectation.RequestId, CustomerId = customerId,
        PreviousStatus = previous, Status = status, Actor = "test", OccurredAt = at,
    };

    private static async Task<MetricsTestData> LoadAsync(GraphApiDbContext db, int known) => new()
    {
        KnownCustomerId = known,
        Customers = await db.Customers.AsNoTracking().Include(c => c.UsualContacts).ToListAsync(),
        Staff = await db.StaffMembers.AsNoTracking().ToListAsync(),
        Requests = await db.Requests.AsNoTracking().ToListAsync(),
        Interactions = await db.Interactions.AsNoTracking().Include(i => i.Participants).ToListAsync(),
        Expectations = await db.Expectations.AsNoTracking().ToListAsync(),
        Retrospectives = await db.Retrospectives.AsNoTracking().Include(r => r.ActionItems).ToListAsync(),
        Events = await db.Events.AsNoTracking().ToListAsync(),
    };
}
