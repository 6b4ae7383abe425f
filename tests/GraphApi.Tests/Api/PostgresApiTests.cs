namespace GraphApi.Tests.Api;

/// <summary>The API fixture on a PostgreSQL database of its own.</summary>
public sealed class PostgresApiFactory : ApiFactory
{
    public PostgresApiFactory()
        : base(new PostgresTestDatabase())
    {
    }
}

/// <summary>The API fixture with captured logs on a PostgreSQL database of its own.</summary>
public sealed class LoggedPostgresApiFactory : LoggedApiFactory
{
    public LoggedPostgresApiFactory()
        : base(new PostgresTestDatabase())
    {
    }
}

/// <summary>The Kestrel-hosted API fixture on a PostgreSQL database of its own.</summary>
public sealed class KestrelPostgresApiFactory : KestrelApiFactory
{
    public KestrelPostgresApiFactory()
        : base(new PostgresTestDatabase())
    {
    }
}

// The same API tests, on PostgreSQL: each class reruns every test of its SQLite original.
public sealed class AuthenticationTestsOnPostgres(PostgresApiFactory api) : AuthenticationTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;

public sealed class RoleTestsOnPostgres(PostgresApiFactory api) : RoleTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;

public sealed class RequestMutationTestsOnPostgres(PostgresApiFactory api) : RequestMutationTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;

public sealed class DomainMutationTestsOnPostgres(PostgresApiFactory api) : DomainMutationTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;

public sealed class BadInputTestsOnPostgres(PostgresApiFactory api) : BadInputTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;

public sealed class OperationsTestsOnPostgres(PostgresApiFactory api) : OperationsTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;

public sealed class ExternalStatusTestsOnPostgres(PostgresApiFactory api) : ExternalStatusTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;

public sealed class EventFeedTestsOnPostgres(PostgresApiFactory api) : EventFeedTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;

public sealed class ExpectationMonitorTestsOnPostgres(PostgresApiFactory api) : ExpectationMonitorTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;

public sealed class OutboxConcurrencyTestsOnPostgres(PostgresApiFactory api) : OutboxConcurrencyTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;

public sealed class ConnectorTestsOnPostgres(KestrelPostgresApiFactory api) : ConnectorTests(api), IClassFixture<KestrelPostgresApiFactory>, IRunsOnPostgres;

public sealed class DomainEventTestsOnPostgres(PostgresApiFactory api) : DomainEventTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;

public sealed class InternalFieldTestsOnPostgres(PostgresApiFactory api) : InternalFieldTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;

public sealed class StaffKeyTestsOnPostgres(PostgresApiFactory api) : StaffKeyTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;

public sealed class DomainFieldTestsOnPostgres(PostgresApiFactory api) : DomainFieldTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;

public sealed class QuerySplittingTestsOnPostgres(LoggedPostgresApiFactory api) : QuerySplittingTests(api), IClassFixture<LoggedPostgresApiFactory>, IRunsOnPostgres;

public sealed class SideDoorTestsOnPostgres(GraphApi.Tests.Security.SideDoorPostgresApiFactory api) : GraphApi.Tests.Security.SideDoorTests(api), IClassFixture<GraphApi.Tests.Security.SideDoorPostgresApiFactory>, IRunsOnPostgres;

public sealed class RevocationTestsOnPostgres(KestrelPostgresApiFactory api) : GraphApi.Tests.Security.RevocationTests(api), IClassFixture<KestrelPostgresApiFactory>, IRunsOnPostgres;

public sealed class AuditTrailTestsOnPostgres(PostgresApiFactory api) : AuditTrailTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;

public sealed class ConcurrentWriterTestsOnPostgres(PostgresApiFactory api) : ConcurrentWriterTests(api), IClassFixture<PostgresApiFactory>, IRunsOnPostgres;
