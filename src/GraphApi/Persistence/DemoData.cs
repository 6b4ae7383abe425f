using GraphApi.Customers;
using GraphApi.Expectations;
using GraphApi.Integrations;
using GraphApi.Interactions;
using GraphApi.Requests;
using GraphApi.Retrospectives;
using GraphApi.Staff;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Persistence;

/// <summary>Realistic, deterministic demo data for an empty database: the same seed gives the same rows on every run.</summary>
public static class DemoData
{
    public const int CustomerCount = 20;
    public const int StaffCount = 10;
    public const int RequestCount = 300;
    public const int VoiceOfTheCustomerSessions = 4;

    /// <summary>
    /// The demo's "now": the next whole hour after the process started, so that every run seeds the same rows at the same
    /// distance from the present (and the expectation monitor finds nothing overdue that the seed left open).
    /// </summary>
    public static readonly DateTime Now = NextWholeHour(DateTime.UtcNow);

    private static readonly string[] BusinessUnits = ["Finance", "Legal", "Sales", "Marketing", "Operations", "Human Resources"];

    private static readonly string[] CustomerNames =
    [
        "Amelia Hart", "Ben Okafor", "Chloe Martin", "Daniel Sørensen", "Elena Rossi", "Farid Haddad", "Grace Liu",
        "Hugo Becker", "Isla Campbell", "Jonas Weber", "Kavya Iyer", "Liam O'Brien", "Maya Cohen", "Noah Fischer",
        "Olivia Novak", "Pedro Alves", "Quinn Murphy", "Rosa Jiménez", "Samuel Adeyemi", "Tara Kowalski",
    ];

    private static readonly (string Name, string Team)[] StaffMembers =
    [
        ("Alex Morgan", "Service Desk"), ("Priya Nair", "Service Desk"), ("Tom Eriksen", "Service Desk"),
        ("Sofia Greco", "End-user Computing"), ("Marcus Reid", "End-user Computing"), ("Hannah Vogel", "Infrastructure"),
        ("Kenji Sato", "Infrastructure"), ("Lucia Ferreira", "Business Applications"), ("Owen Price", "Business Applications"),
        ("Nadia Rahman", "Security"),
    ];

    private static readonly (string Title, string Impact, string Why)[] Topics =
    [
        ("VPN drops every few minutes", "I cannot finish the quarterly close from home; the SEC filing is due Friday.", "Work remotely during close week"),
        ("Need access to the contracts share", "Our new counsel cannot review the supplier contracts before renewal.", "Onboard a new team member"),
        ("Laptop very slow after update", "Client calls stall while the screen freezes; it looks unprofessional.", "Run client demos reliably"),
        ("Shared mailbox for the tender team", "Bids go to personal inboxes and we nearly missed one last month.", "Never miss a tender deadline"),
        ("Power BI licence", "Regional managers wait a week for the weekly sales numbers.", "See sales figures the day they close"),
        ("Printer on floor 3 jams", "Signed originals for the notary cannot be printed on site.", "Print originals for signatures"),
        ("Export CRM contacts to Excel", "The campaign list has to be cleaned before the launch on Monday.", "Prepare a marketing campaign"),
        ("New starter kit for 4 hires", "Four people start on the 1st and have nothing to work on.", "Make new hires productive on day one"),
        ("Teams meeting room display broken", "Board meetings run from a laptop on a chair.", "Hold hybrid board meetings"),
        ("Payroll system password reset", "Payroll must run by the 25th or people are paid late.", "Run payroll on time"),
        ("Second monitor for analysts", "Reconciliations take twice as long on one screen.", "Reconcile faster"),
        ("Phishing email reported", "Someone may have entered their password; we handle customer data.", "Protect customer data"),
        ("E-signature tool for HR letters", "Offer letters take three days by post and candidates go elsewhere.", "Send offers the same day"),
        ("Warehouse scanner Wi-Fi dead zone", "Pickers walk back to the office to sync orders; shipments slip.", "Ship orders the same day"),
        ("Mobile email on a personal phone", "I am on the road three days a week and miss urgent approvals.", "Approve purchases while travelling"),
        ("Large file transfer to an auditor", "The auditors need 20 GB of records by Thursday.", "Complete the annual audit"),
        ("Calendar sharing with an assistant", "My assistant cannot book my meetings and clients wait.", "Delegate scheduling"),
        ("Dashboard of open tickets per region", "Managers escalate because they cannot see what is pending.", "Give managers visibility"),
        ("Software install: statistical package", "The pricing model cannot be validated without it.", "Validate the pricing model"),
        ("Access revoked by mistake", "I am locked out of the finance system during month end.", "Restore access for month end"),
    ];

    private static readonly RequestStatus[] StatusCycle =
    [
        RequestStatus.New, RequestStatus.Triaged, RequestStatus.InProgress, RequestStatus.InProgress, RequestStatus.WaitingOnCustomer,
        RequestStatus.Resolved, RequestStatus.Closed, RequestStatus.Closed, RequestStatus.Closed, RequestStatus.Declined,
    ];

    /// <summary>Seeds when the database holds no customers, staff or requests; returns whether it seeded.</summary>
    public static async Task<bool> SeedIfEmptyAsync(GraphApiDbContext context, CancellationToken cancellationToken = default)
    {
        if (await context.Customers.AnyAsync(cancellationToken) || await context.StaffMembers.AnyAsync(cancellationToken)
            || await context.Requests.AnyAsync(cancellationToken))
        {
            return false;
        }

        var random = new Random(20261122);
        var staff = StaffMembers
            .Select(s => new StaffMember { Name = s.Name, Email = Email(s.Name, "it.example.com"), Team = s.Team })
            .ToList();
        var channels = Enum.GetValues<Channel>();
        var customers = CustomerNames.Select((name, i) => new Customer
        {
            Name = name,
            Email = Email(name, "example.com"),
            BusinessUnit = BusinessUnits[i % BusinessUnits.Length],
            PreferredChannels = channels.OrderBy(_ => random.Next()).Take(1 + random.Next(2)).ToList(),
            UsualContacts = staff.OrderBy(_ => random.Next()).Take(1 + random.Next(2)).Select(s => new CustomerUsualContact { StaffMember = s }).ToList(),
        }).ToList();

        var requests = new List<Request>();
        var interactions = new List<Interaction>();
        var expectations = new List<Expectation>();
        var retrospectives = new List<Retrospective>();
        var references = new List<ExternalReference>();

        for (var i = 0; i < RequestCount; i++)
        {
            var customer = customers[random.Next(customers.Count)];
            var topic = Topics[random.Next(Topics.Length)];
            var status = StatusCycle[i % StatusCycle.Length];
            var owner = status == RequestStatus.New ? null : staff[random.Next(staff.Count)];
            var created = Now.AddDays(-random.Next(1, 180)).AddMinutes(-random.Next(0, 600));
            var request = new Request
            {
                Number = Request.FormatNumber(i + 1),
                Title = topic.Title,
                Description = $"{customer.Name} ({customer.BusinessUnit}): {topic.Title.ToLowerInvariant()}.",
                BusinessImpact = topic.Impact,
                Why = topic.Why,
                Priority = (RequestPriority)random.Next(4),
                Status = status,
                Customer = customer,
                Owner = owner,
                CreatedAt = created,
                FirstResponseAt = status == RequestStatus.New ? null : created.AddMinutes(random.Next(5, 240)),
                Version = 1 + random.Next(6),
            };
            if (status is RequestStatus.Resolved or RequestStatus.Closed)
            {
                request.ResolvedAt = created.AddHours(random.Next(4, 24 * 20));
            }

            if (status == RequestStatus.Closed)
            {
                request.ClosedAt = request.ResolvedAt!.Value.AddDays(random.Next(1, 5));
            }

            if (status == RequestStatus.Declined || (status != RequestStatus.New && random.Next(3) == 0))
            {
                request.Decision = status == RequestStatus.Declined
                    ? (random.Next(2) == 0 ? RequestDecision.Declined : RequestDecision.AlreadyAvailable)
                    : random.Next(3) == 0 ? RequestDecision.Deferred : RequestDecision.Accepted;
                request.DecisionRationale = request.Decision switch
                {
                    RequestDecision.AlreadyAvailable => "This already exists; we showed the customer where to find it.",
                    RequestDecision.Declined => "Outside policy; we agreed a workaround with the customer.",
                    RequestDecision.Deferred => "Planned for the next release window.",
                    _ => "Clear business need; accepted on the call.",
                };
                request.DecidedBy = owner ?? staff[0];
                request.DecidedAt = created.AddHours(1);
                if (request.Decision == RequestDecision.AlreadyAvailable)
                {
                    request.KnowledgeLink = $"https://kb.example.com/articles/{1000 + random.Next(500)}";
                    request.ClosedAt = created.AddHours(random.Next(1, 48));
                }
                else if (status == RequestStatus.Declined)
                {
                    request.ClosedAt = created.AddHours(random.Next(1, 72));
                }
            }

            requests.Add(request);
            AddInteractions(random, request, customer, staff, interactions);
            AddExpectation(random, request, customer, expectations);
            if (status == RequestStatus.Closed && random.Next(3) == 0)
            {
                retrospectives.Add(Retro(random, request, request.ClosedAt!.Value.AddDays(2), staff));
            }

            if (random.Next(10) < 6)
            {
                references.Add(i % 2 == 0
                    ? new ExternalReference
                    {
                        Request = request, System = ExternalSystem.ServiceNow, ExternalId = Hex(random, 32),
                        DisplayKey = $"RITM{1_000_000 + i:D7}", Url = null,
                    }
                    : new ExternalReference
                    {
                        Request = request, System = ExternalSystem.Jira, ExternalId = $"ITSM-{4000 + i}",
                        DisplayKey = $"ITSM-{4000 + i}", Url = $"https://example.atlassian.net/browse/ITSM-{4000 + i}",
                    });
                references[^1].Url ??= $"https://example.service-now.com/sc_req_item.do?sys_id={references[^1].ExternalId}";
            }
        }

        for (var v = 0; v < VoiceOfTheCustomerSessions; v++)
        {
            retrospectives.Add(Retro(random, null, Now.AddDays(-90 * (v + 1) / 2), staff));
        }

        context.StaffMembers.AddRange(staff);
        context.Customers.AddRange(customers);
        context.Requests.AddRange(requests);
        context.Interactions.AddRange(interactions);
        context.Expectations.AddRange(expectations);
        context.Retrospectives.AddRange(retrospectives);
        context.ExternalReferences.AddRange(references);
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static void AddInteractions(Random random, Request request, Customer customer, List<StaffMember> staff, List<Interaction> interactions)
    {
        var count = request.Status == RequestStatus.New ? 1 : 2 + random.Next(3);
        var at = request.CreatedAt;
        for (var n = 0; n < count; n++)
        {
            var kind = n == 0 ? InteractionKind.Intake
                : n == count - 1 && request.ResolvedAt is not null ? InteractionKind.Resolution
                : request.KnowledgeLink is not null ? InteractionKind.Education
                : random.Next(3) == 0 ? InteractionKind.Clarification : InteractionKind.StatusUpdate;
            var channel = random.Next(4) == 0 ? (Channel)random.Next(6) : customer.PreferredChannels[random.Next(customer.PreferredChannels.Count)];
            var lead = request.Owner ?? staff[random.Next(3)];
            var participants = new List<InteractionParticipant> { new() { StaffMember = lead, Role = ParticipantRole.Lead } };
            var other = staff[random.Next(staff.Count)];
            if (other != lead && random.Next(3) == 0)
            {
                participants.Add(new InteractionParticipant { StaffMember = other, Role = random.Next(2) == 0 ? ParticipantRole.Contributor : ParticipantRole.Listener, Position = 1 });
            }

            interactions.Add(new Interaction
            {
                Customer = customer,
                Request = request,
                Channel = channel,
                Direction = n == 0 ? InteractionDirection.Inbound : InteractionDirection.Outbound,
                Kind = kind,
                Summary = kind switch
                {
                    InteractionKind.Intake => $"{customer.Name} explained: {request.BusinessImpact}",
                    InteractionKind.Resolution => "Confirmed the fix with the customer.",
                    InteractionKind.Education => "Walked the customer through the existing solution.",
                    InteractionKind.Clarification => "Asked why this matters and what done looks like.",
                    _ => "Status update: work continues, next update as agreed.",
                },
                OccurredAt = at,
                OnPreferredChannel = customer.PreferredChannels.Contains(channel),
                Participants = participants,
            });
            at = at.AddHours(2 + random.Next(48));
        }
    }

    private static void AddExpectation(Random random, Request request, Customer customer, List<Expectation> expectations)
    {
        if (request.Status is RequestStatus.New or RequestStatus.Declined)
        {
            return;
        }

        var finished = request.ResolvedAt is not null;
        var met = random.Next(5) != 0;
        var due = finished
            ? request.ResolvedAt!.Value.AddDays(met ? random.Next(0, 3) + 0.5 : -random.Next(1, 4))
            : Now.AddDays(random.Next(-2, 12)).AddHours(random.Next(24));
        var expectation = new Expectation
        {
            Request = request,
            Deliverable = $"{request.Title} — fixed and confirmed with {customer.Name}",
            DueAt = due,
            Alternative = "A temporary workaround and a daily update until it is fixed.",
            UpdateCadence = TimeSpan.FromHours(random.Next(2) == 0 ? 24 : 48),
            AgreedWith = customer.Name,
            LastUpdateAt = request.FirstResponseAt,
            CreatedAt = request.FirstResponseAt ?? request.CreatedAt,
            Status = request.Status switch
            {
                _ when finished => met ? ExpectationStatus.Met : ExpectationStatus.Missed,
                _ when due < Now => ExpectationStatus.Missed,
                _ when due < Now.AddDays(2) || random.Next(5) == 0 => ExpectationStatus.AtRisk,
                _ => ExpectationStatus.OnTrack,
            },
        };
        expectation.MetAt = expectation.Status == ExpectationStatus.Met ? request.ResolvedAt : null;
        expectations.Add(expectation);
        if (request.Status is RequestStatus.InProgress or RequestStatus.WaitingOnCustomer && random.Next(6) == 0)
        {
            expectation.Status = ExpectationStatus.Renegotiated;
            var replacement = new Expectation
            {
                Request = request,
                Deliverable = expectation.Deliverable,
                DueAt = Now.AddDays(3 + random.Next(10)),
                Alternative = expectation.Alternative,
                UpdateCadence = TimeSpan.FromHours(24),
                AgreedWith = customer.Name,
                LastUpdateAt = Now.AddDays(-1),
                CreatedAt = Now.AddDays(-1),
                Status = ExpectationStatus.OnTrack,
            };
            expectation.ReplacedBy = replacement;
            expectations.Add(replacement);
        }
    }

    private static Retrospective Retro(Random random, Request? request, DateTime heldAt, List<StaffMember> staff)
    {
        var lead = request?.Owner ?? staff[random.Next(staff.Count)];
        var other = staff[random.Next(staff.Count)];
        var participants = new List<RetrospectiveParticipant> { new() { StaffMember = lead } };
        if (other != lead)
        {
            participants.Add(new RetrospectiveParticipant { StaffMember = other });
        }

        return new Retrospective
        {
            Request = request,
            HeldAt = heldAt,
            WentWell = request is null ? "Customers feel heard in the monthly sessions." : "We understood the business impact on the first call.",
            WentWrong = "Status updates were late twice.",
            DoDifferently = "Send the update before it is due, even when nothing changed.",
            ItPerspective = "The fix was simple once the vendor answered.",
            CustomerPerspective = "I would have liked to know earlier that it would take a week.",
            CustomerRating = 1 + random.Next(5),
            Participants = participants,
            ActionItems =
            [
                new ActionItem { Text = "Add a reminder for the update cadence.", Owner = lead, DueAt = heldAt.AddDays(14), Done = random.Next(2) == 0 },
                new ActionItem { Text = "Write a knowledge article for this case.", Owner = other, DueAt = heldAt.AddDays(30), Done = false },
            ],
        };
    }

    private static DateTime NextWholeHour(DateTime instant) => new(instant.Ticks - instant.Ticks % TimeSpan.TicksPerHour + TimeSpan.TicksPerHour, DateTimeKind.Utc);

    private static string Email(string name, string domain) =>
        new string(name.ToLowerInvariant().Replace(' ', '.').Where(c => char.IsAsciiLetter(c) || c == '.').ToArray()) + "@" + domain;

    private static string Hex(Random random, int length)
    {
        var bytes = new byte[length / 2];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
