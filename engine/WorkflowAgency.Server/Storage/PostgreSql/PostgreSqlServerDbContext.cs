using Microsoft.EntityFrameworkCore;

namespace WorkflowAgency.Server.Storage.PostgreSql;

/// <summary>
/// <see cref="ServerDbContext"/> on PostgreSQL: the same model, with the migrations in <c>Storage/PostgreSql/Migrations</c>
/// bound to this type (EF binds a migration to a context type, which keeps each engine's set apart).
/// </summary>
internal sealed class PostgreSqlServerDbContext(DbContextOptions<PostgreSqlServerDbContext> options) : ServerDbContext(options);
