using Microsoft.EntityFrameworkCore;

namespace GraphApi.Persistence;

/// <summary>
/// The PostgreSQL migrations' context (EF Core's multi-provider layout: a context type and a migrations folder per provider,
/// here <c>Migrations/Postgres</c>). Same model as <see cref="GraphApiDbContext"/>; only migrating uses it.
/// </summary>
public sealed class PostgresGraphApiDbContext(DbContextOptions<GraphApiDbContext> options) : GraphApiDbContext(options);
