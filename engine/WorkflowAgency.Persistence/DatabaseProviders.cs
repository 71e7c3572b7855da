using WorkflowAgency.Persistence.PostgreSql;
using WorkflowAgency.Persistence.Sqlite;

namespace WorkflowAgency.Persistence;

/// <summary>The database engines <see cref="PersistenceOptions.Provider"/> can name.</summary>
internal static class DatabaseProviders
{
    /// <summary>The provider called <paramref name="name"/> (case-insensitive), or null when there is none.</summary>
    public static IDatabaseProvider? Find(string? name) =>
        string.Equals(name, PersistenceOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase) ? new SqliteDatabaseProvider()
        : string.Equals(name, PersistenceOptions.PostgreSqlProvider, StringComparison.OrdinalIgnoreCase) ? new PostgreSqlDatabaseProvider()
        : null;
}
