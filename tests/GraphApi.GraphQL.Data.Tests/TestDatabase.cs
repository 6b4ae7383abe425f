using System.Data.Common;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Scalars;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GraphApi.GraphQL.Data.Tests;

public sealed class Customer
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
}

public sealed class Interaction
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public string Channel { get; set; } = "";
    public string Notes { get; set; } = "";
    public DateTime OccurredAt { get; set; }

    // As in the service: a reference navigation and a nested collection inside a nested, paged list.
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }
    public Request? Request { get; set; }
    public List<Participant> Participants { get; set; } = [];
}

public sealed class StaffMember
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
}

public sealed class Participant
{
    public int Id { get; set; }
    public int InteractionId { get; set; }
    public Interaction? Interaction { get; set; }
    public string Role { get; set; } = "";
    public int StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
}

public enum ExpectationStatus { OnTrack, AtRisk, Met, Missed, Renegotiated }

public sealed class Expectation
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public string Commitment { get; set; } = "";
    public bool Open { get; set; }
    public ExpectationStatus Status { get; set; }
    public DateTime DueAt { get; set; }

    // A nested list on an element with no navigation back to its request.
    public List<Reminder> Reminders { get; set; } = [];
}

public sealed class Reminder
{
    public int Id { get; set; }
    public int ExpectationId { get; set; }
    public string Note { get; set; } = "";
}

/// <summary>How the schema pages <c>Request.interactions</c>.</summary>
public enum NestedPaging { None, Cursor, Offset }

public sealed class Request
{
    [UseFiltering]
    [UseSorting]
    public List<Expectation> Expectations { get; set; } = [];

    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Impact { get; set; } = "";
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }

    [UsePaging(DefaultPageSize = 5, MaxPageSize = 20)]
    [UseFiltering]
    [UseSorting]
    public List<Interaction> Interactions { get; set; } = [];
}

/// <summary>Records every SQL statement executed.</summary>
public sealed class SqlRecorder : DbCommandInterceptor
{
    public List<string> Statements { get; } = [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        lock (Statements) Statements.Add(command.CommandText);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        lock (Statements) Statements.Add(command.CommandText);
        return result;
    }
}

public sealed class ItsmContext(DbContextOptions<ItsmContext> options, bool queryFilters = false) : DbContext(options)
{
    public DbSet<Request> Requests => Set<Request>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    /// <summary>Whether the model has the service's global query filters (a model of its own, see <see cref="ModelCacheKey"/>).</summary>
    public bool QueryFilters { get; } = queryFilters;

    /// <summary>As the service's customer visibility: null sees everything, else one customer's interactions.</summary>
    public int? VisibleCustomerId { get; set; }

    // As in the service, enums are stored as their names and, when asked for, global query filters restrict
    // interactions directly and participants through a navigation.
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Expectation>().Property(e => e.Status).HasConversion<string>();
        modelBuilder.Entity<Interaction>().HasOne(i => i.Customer).WithMany().HasForeignKey(i => i.CustomerId);
        if (QueryFilters)
        {
            modelBuilder.Entity<Interaction>().HasQueryFilter(i => VisibleCustomerId == null || i.CustomerId == VisibleCustomerId);
            modelBuilder.Entity<Participant>().HasQueryFilter(p => VisibleCustomerId == null || p.Interaction!.CustomerId == VisibleCustomerId);
        }
    }

    /// <summary>Caches the models with and without query filters apart.</summary>
    public sealed class ModelCacheKey : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => (context.GetType(), ((ItsmContext)context).QueryFilters, designTime);
    }
}

/// <summary>An in-memory SQLite database shared through one open connection, seeded with requests.</summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>When the seeded interactions and expectations start; request i's are i days later.</summary>
    public static readonly DateTime Epoch = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly bool _queryFilters;

    /// <summary>
    /// Request i has <paramref name="interactions"/> interactions (EMAIL n{i}a, PHONE n{i}b, then CHAT n{i}c...), the
    /// j-th at Epoch + i days + (3j mod n) hours, so time order is not id order, with customer (i + j) mod 3 + 1 and
    /// (j + 1) mod 3 participants (LEAD staff (j mod 3) + 1, then SUPPORT staff ((j + 1) mod 3) + 1); and <paramref name="expectations"/>
    /// expectations, the j-th with status (i + j) mod 5, due at Epoch + i + j days, with (j mod 2) + 1 reminders e{i}.{j}/{k}.
    /// </summary>
    /// <param name="requests">How many requests.</param>
    /// <param name="interactions">Interactions per request.</param>
    /// <param name="expectations">Expectations per request.</param>
    /// <param name="queryFilters">Whether the model has the service's global query filters.</param>
    public TestDatabase(int requests = 5, int interactions = 2, int expectations = 1, bool queryFilters = false)
    {
        _queryFilters = queryFilters;
        _connection.Open();
        using var db = CreateContext();
        db.Database.EnsureCreated();
        for (var c = 1; c <= 3; c++)
        {
            db.Customers.Add(new Customer { Id = c, Name = $"Customer {c}", Email = $"c{c}@example.com" });
            db.StaffMembers.Add(new StaffMember { Id = c, Name = $"Staff {c}" });
        }

        for (var i = 1; i <= requests; i++)
        {
            db.Requests.Add(new Request
            {
                Id = i,
                Title = $"Request {i}",
                Impact = $"Impact {i}",
                CustomerId = (i % 3) + 1,
                Expectations = [.. Enumerable.Range(0, expectations).Select(j => new Expectation
                {
                    Commitment = j == 0 ? $"e{i}" : $"e{i}.{j}",
                    Open = (i + j) % 2 == 0,
                    Status = (ExpectationStatus)((i + j) % 5),
                    DueAt = Epoch.AddDays(i + j),
                    Reminders = [.. Enumerable.Range(0, (j % 2) + 1).Select(k => new Reminder { Note = $"e{i}.{j}/{k}" })],
                })],
                Interactions = [.. Enumerable.Range(0, interactions).Select(j => new Interaction
                {
                    Channel = j switch { 0 => "EMAIL", 1 => "PHONE", _ => "CHAT" },
                    Notes = $"n{i}{(char)('a' + j)}",
                    OccurredAt = Epoch.AddDays(i).AddHours(3 * j % interactions),
                    CustomerId = ((i + j) % 3) + 1,
                    Participants = [.. Enumerable.Range(0, (j + 1) % 3).Select(k => new Participant
                    {
                        Role = k == 0 ? "LEAD" : "SUPPORT",
                        StaffMemberId = ((j + k) % 3) + 1,
                    })],
                })],
            });
        }

        db.SaveChanges();
        Recorder.Statements.Clear();
    }

    public SqlRecorder Recorder { get; } = new();

    /// <summary>The <see cref="ItsmContext.VisibleCustomerId"/> of contexts created from now on.</summary>
    public int? VisibleCustomerId { get; set; }

    public ItsmContext CreateContext() => new(
        new DbContextOptionsBuilder<ItsmContext>()
            .UseSqlite(_connection).AddInterceptors(Recorder).ReplaceService<IModelCacheKeyFactory, ItsmContext.ModelCacheKey>().Options,
        _queryFilters) { VisibleCustomerId = VisibleCustomerId };

    /// <summary>
    /// A schema with <c>requests</c> (paged, projected), <c>requestList</c> (materialized with every navigation, not
    /// projected), <c>projectedRequests</c> (a resolver calling <see cref="Projection.Project{T}"/> itself),
    /// <c>customers</c> and <c>expectations</c> (projected lists) and <c>customerPage</c> (offset paged). <c>Request.interactions</c>
    /// and <c>Request.expectations</c> take <c>where</c> and <c>order</c>; <paramref name="paging"/> pages interactions,
    /// <paramref name="pagedExpectations"/> expectations (with cursors).
    /// </summary>
    public Schema CreateSchema(List<ItsmContext> contexts, NestedPaging paging = NestedPaging.None, bool pagedExpectations = false)
    {
        var customer = new ObjectType("Customer");
        customer.Fields.Add(new FieldDefinition("id", new NonNullType(BuiltInScalars.Int)));
        customer.Fields.Add(new FieldDefinition("name", new NonNullType(BuiltInScalars.String)));
        customer.Fields.Add(new FieldDefinition("email", new NonNullType(BuiltInScalars.String)));
        var interaction = new ObjectType("Interaction");
        interaction.Fields.Add(new FieldDefinition("id", new NonNullType(BuiltInScalars.Int)));
        interaction.Fields.Add(new FieldDefinition("channel", new NonNullType(BuiltInScalars.String)));
        interaction.Fields.Add(new FieldDefinition("notes", new NonNullType(BuiltInScalars.String)));
        interaction.Fields.Add(new FieldDefinition("occurredAt", new NonNullType(DateTimeType.Instance)));
        interaction.Fields.Add(new FieldDefinition("customer", customer));
        var staffMember = new ObjectType("StaffMember");
        staffMember.Fields.Add(new FieldDefinition("id", new NonNullType(BuiltInScalars.Int)));
        staffMember.Fields.Add(new FieldDefinition("name", new NonNullType(BuiltInScalars.String)));
        var participant = new ObjectType("Participant");
        participant.Fields.Add(new FieldDefinition("id", new NonNullType(BuiltInScalars.Int)));
        participant.Fields.Add(new FieldDefinition("role", new NonNullType(BuiltInScalars.String)));
        participant.Fields.Add(new FieldDefinition("staffMember", staffMember));
        interaction.Fields.Add(new FieldDefinition("participants", new NonNullType(new ListType(new NonNullType(participant)))));
        var status = new EnumType("ExpectationStatus");
        foreach (var (name, value) in new[] { ("ON_TRACK", ExpectationStatus.OnTrack), ("AT_RISK", ExpectationStatus.AtRisk), ("MET", ExpectationStatus.Met), ("MISSED", ExpectationStatus.Missed), ("RENEGOTIATED", ExpectationStatus.Renegotiated) })
        {
            status.Add(new EnumValueDefinition(name, value));
        }

        var expectation = new ObjectType("Expectation");
        expectation.Fields.Add(new FieldDefinition("id", new NonNullType(BuiltInScalars.Int)));
        expectation.Fields.Add(new FieldDefinition("commitment", new NonNullType(BuiltInScalars.String)));
        expectation.Fields.Add(new FieldDefinition("open", new NonNullType(BuiltInScalars.Boolean)));
        expectation.Fields.Add(new FieldDefinition("status", new NonNullType(status)));
        expectation.Fields.Add(new FieldDefinition("dueAt", new NonNullType(DateTimeType.Instance)));
        var reminder = new ObjectType("Reminder");
        reminder.Fields.Add(new FieldDefinition("id", new NonNullType(BuiltInScalars.Int)));
        reminder.Fields.Add(new FieldDefinition("note", new NonNullType(BuiltInScalars.String)));
        expectation.Fields.Add(new FieldDefinition("reminders", new NonNullType(new ListType(new NonNullType(reminder)))));
        var request = new ObjectType("Request");
        var expectations = new FieldDefinition("expectations", new NonNullType(new ListType(new NonNullType(expectation))));
        expectations.UseFiltering<Expectation>(expectation);
        expectations.UseSorting<Expectation>(expectation);
        if (pagedExpectations)
        {
            expectations.UsePaging<Expectation>(expectation, new PagingOptions { DefaultPageSize = 5, MaxPageSize = 20, ConnectionName = "RequestExpectations" });
        }

        request.Fields.Add(expectations);
        request.Fields.Add(new FieldDefinition("id", new NonNullType(BuiltInScalars.Int)));
        request.Fields.Add(new FieldDefinition("title", new NonNullType(BuiltInScalars.String)));
        request.Fields.Add(new FieldDefinition("impact", new NonNullType(BuiltInScalars.String)));
        request.Fields.Add(new FieldDefinition("customer", customer));
        var interactions = new FieldDefinition("interactions", new NonNullType(new ListType(new NonNullType(interaction))));
        interactions.UseFiltering<Interaction>(interaction);
        interactions.UseSorting<Interaction>(interaction);
        var nestedPaging = new PagingOptions { DefaultPageSize = 5, MaxPageSize = 20, ConnectionName = "RequestInteractions" };
        _ = paging switch
        {
            NestedPaging.Cursor => interactions.UsePaging<Interaction>(interaction, nestedPaging),
            NestedPaging.Offset => interactions.UseOffsetPaging<Interaction>(interaction, nestedPaging),
            _ => null,
        };
        request.Fields.Add(interactions);

        ItsmContext NewContext()
        {
            var db = CreateContext();
            lock (contexts) contexts.Add(db);
            return db;
        }

        var query = new ObjectType("Query");
        var requests = new FieldDefinition("requests", request)
        {
            Resolver = _ => new ValueTask<object?>(NewContext().Requests.OrderBy(r => r.Id)),
        };
        query.Fields.Add(requests);
        query.Fields.Add(new FieldDefinition("projectedRequests", new NonNullType(new ListType(new NonNullType(request))))
        {
            Resolver = context => new ValueTask<object?>(Projection.Project(NewContext().Requests.OrderBy(r => r.Id), context.FieldNodes, context).ToList()),
        });
        query.Fields.Add(new FieldDefinition("requestList", new NonNullType(new ListType(new NonNullType(request))))
        {
            Resolver = _ => new ValueTask<object?>(NewContext().Requests
                .Include(r => r.Customer).Include(r => r.Interactions).ThenInclude(i => i.Customer)
                .Include(r => r.Interactions).ThenInclude(i => i.Participants).ThenInclude(p => p.StaffMember)
                .Include(r => r.Expectations).ThenInclude(e => e.Reminders).OrderBy(r => r.Id).AsSplitQuery().ToList()),
        });
        requests.UseFiltering<Request>(request, new DataFieldOptions { Ignore = { "impact" } });
        requests.UseSorting<Request>(request, new DataFieldOptions { Ignore = { "impact" } });
        requests.UsePaging<Request>(request);
        var customers = new FieldDefinition("customers", new NonNullType(new ListType(new NonNullType(customer))))
        {
            Resolver = _ => new ValueTask<object?>(NewContext().Customers.OrderBy(c => c.Id)),
        };
        customers.UseProjection<Customer>();
        var allExpectations = new FieldDefinition("expectations", new NonNullType(new ListType(new NonNullType(expectation))))
        {
            Resolver = _ => new ValueTask<object?>(NewContext().Set<Expectation>().OrderBy(e => e.Id)),
        };
        allExpectations.UseFiltering<Expectation>(expectation);
        allExpectations.UseSorting<Expectation>(expectation);
        allExpectations.UseProjection<Expectation>();
        query.Fields.Add(allExpectations);
        query.Fields.Add(customers);
        var segment = new FieldDefinition("customerPage", customer)
        {
            Resolver = _ => new ValueTask<object?>(NewContext().Customers.OrderBy(c => c.Id)),
        };
        query.Fields.Add(segment);
        segment.UseOffsetPaging<Customer>(customer);
        return new Schema(query);
    }

    public void Dispose() => _connection.Dispose();
}
