using System.Data.Common;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Scalars;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

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
}

public sealed class Expectation
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public string Commitment { get; set; } = "";
    public bool Open { get; set; }
}

public sealed class Request
{
    public List<Expectation> Expectations { get; set; } = [];

    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Impact { get; set; } = "";
    public int CustomerId { get; set; }
    public Customer? Customer { get; set; }
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

public sealed class ItsmContext(DbContextOptions<ItsmContext> options) : DbContext(options)
{
    public DbSet<Request> Requests => Set<Request>();
    public DbSet<Customer> Customers => Set<Customer>();
}

/// <summary>An in-memory SQLite database shared through one open connection, seeded with requests.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public TestDatabase(int requests = 5)
    {
        _connection.Open();
        using var db = CreateContext();
        db.Database.EnsureCreated();
        for (var c = 1; c <= 3; c++)
        {
            db.Customers.Add(new Customer { Id = c, Name = $"Customer {c}", Email = $"c{c}@example.com" });
        }

        for (var i = 1; i <= requests; i++)
        {
            db.Requests.Add(new Request
            {
                Id = i,
                Title = $"Request {i}",
                Impact = $"Impact {i}",
                CustomerId = (i % 3) + 1,
                Expectations = [new Expectation { Commitment = $"e{i}", Open = i % 2 == 0 }],
                Interactions = [new Interaction { Channel = "EMAIL", Notes = $"n{i}a" }, new Interaction { Channel = "PHONE", Notes = $"n{i}b" }],
            });
        }

        db.SaveChanges();
        Recorder.Statements.Clear();
    }

    public SqlRecorder Recorder { get; } = new();

    public ItsmContext CreateContext() => new(new DbContextOptionsBuilder<ItsmContext>()
        .UseSqlite(_connection).AddInterceptors(Recorder).Options);

    /// <summary>A schema with <c>requests</c> (paged, projected) and <c>customers</c> (projected list).</summary>
    public Schema CreateSchema(List<ItsmContext> contexts)
    {
        var customer = new ObjectType("Customer");
        customer.Fields.Add(new FieldDefinition("id", new NonNullType(BuiltInScalars.Int)));
        customer.Fields.Add(new FieldDefinition("name", new NonNullType(BuiltInScalars.String)));
        customer.Fields.Add(new FieldDefinition("email", new NonNullType(BuiltInScalars.String)));
        var interaction = new ObjectType("Interaction");
        interaction.Fields.Add(new FieldDefinition("id", new NonNullType(BuiltInScalars.Int)));
        interaction.Fields.Add(new FieldDefinition("channel", new NonNullType(BuiltInScalars.String)));
        interaction.Fields.Add(new FieldDefinition("notes", new NonNullType(BuiltInScalars.String)));
        var expectation = new ObjectType("Expectation");
        expectation.Fields.Add(new FieldDefinition("id", new NonNullType(BuiltInScalars.Int)));
        expectation.Fields.Add(new FieldDefinition("commitment", new NonNullType(BuiltInScalars.String)));
        expectation.Fields.Add(new FieldDefinition("open", new NonNullType(BuiltInScalars.Boolean)));
        var request = new ObjectType("Request");
        request.Fields.Add(new FieldDefinition("expectations", new NonNullType(new ListType(new NonNullType(expectation)))));
        request.Fields.Add(new FieldDefinition("id", new NonNullType(BuiltInScalars.Int)));
        request.Fields.Add(new FieldDefinition("title", new NonNullType(BuiltInScalars.String)));
        request.Fields.Add(new FieldDefinition("impact", new NonNullType(BuiltInScalars.String)));
        request.Fields.Add(new FieldDefinition("customer", customer));
        request.Fields.Add(new FieldDefinition("interactions", new NonNullType(new ListType(new NonNullType(interaction)))));

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
        requests.UseFiltering<Request>(request, new DataFieldOptions { Ignore = { "impact" } });
        requests.UseSorting<Request>(request, new DataFieldOptions { Ignore = { "impact" } });
        requests.UsePaging<Request>(request);
        var customers = new FieldDefinition("customers", new NonNullType(new ListType(new NonNullType(customer))))
        {
            Resolver = _ => new ValueTask<object?>(NewContext().Customers.OrderBy(c => c.Id)),
        };
        customers.UseProjection<Customer>();
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
