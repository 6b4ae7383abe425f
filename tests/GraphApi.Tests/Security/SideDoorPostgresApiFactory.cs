namespace GraphApi.Tests.Security;

/// <summary>The side-door fixture on a PostgreSQL database of its own.</summary>
public sealed class SideDoorPostgresApiFactory : SideDoorApiFactory
{
    public SideDoorPostgresApiFactory()
        : base(new PostgresTestDatabase())
    {
    }
}
