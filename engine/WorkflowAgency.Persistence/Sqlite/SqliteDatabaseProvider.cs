using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace WorkflowAgency.Persistence.Sqlite;

/// <summary>The embedded default: a SQLite file in WAL mode.</summary>
internal sealed class SqliteDatabaseProvider : IDatabaseProvider
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder
            .UseSqlite(connectionString)
            .AddInterceptors(SqlitePragmaInterceptor.Instance);
    }

    public bool IsUniqueViolation(DbUpdateException exception) =>
        exception?.InnerException is SqliteException
        {
            SqliteErrorCode: SqliteConstraint,
            SqliteExtendedErrorCode: SqliteConstraintPrimaryKey or SqliteConstraintUnique,
        };
}
