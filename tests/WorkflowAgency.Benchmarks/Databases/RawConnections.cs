using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using WorkflowAgency.Persistence;

namespace WorkflowAgency.Benchmarks.Databases;

/// <summary>Driver connections for the harness's own untimed reads around a measurement, on either provider.</summary>
internal static class RawConnections
{
    public static DbConnection Create(DatabaseTarget target) =>
        IsPostgreSql(target) ? new NpgsqlConnection(target.ConnectionString) : new SqliteConnection(target.ConnectionString);

    /// <summary>Closes the harness's idle pooled connections, so the server process finds the database to itself.</summary>
    public static void ClearPool(DatabaseTarget target)
    {
        if (IsPostgreSql(target))
            PostgreSqlDatabases.ClearPool(target);
        else
            SqliteConnection.ClearAllPools();
    }

    private static bool IsPostgreSql(DatabaseTarget target) =>
        string.Equals(target.Provider, PersistenceOptions.PostgreSqlProvider, StringComparison.OrdinalIgnoreCase);
}
