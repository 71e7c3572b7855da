using Npgsql;
using WorkflowAgency.Persistence;

namespace WorkflowAgency.Benchmarks.Databases;

/// <summary>
/// An empty PostgreSQL database per round on the server <c>--connection</c> names, dropped afterwards: the
/// PostgreSQL counterpart of <see cref="SqliteDatabases.Fresh"/>. Migrating it is left to the product
/// (<c>IWorkflowDatabase.MigrateAsync</c> in <see cref="Engine.EngineHost"/>), as on SQLite.
/// </summary>
internal sealed class PostgreSqlDatabases(string serverConnection)
{
    // One prefix per run, so two runs against the same server never meet.
    private readonly string _prefix = $"wa_bench_{Environment.ProcessId}_";
    private int _count;

    /// <summary>A new, empty database; its connection string is <c>--connection</c> with the database replaced.</summary>
    public async Task<FreshDatabase> CreateAsync(string name)
    {
        var database = $"{_prefix}{name}_{Interlocked.Increment(ref _count)}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{database}\"");
        var connection = new NpgsqlConnectionStringBuilder(serverConnection) { Database = database }.ConnectionString;
        return new FreshDatabase(
            new DatabaseTarget(PersistenceOptions.PostgreSqlProvider, connection, File: null),
            async () =>
            {
                // The engine's and the baseline's pooled connections would otherwise keep the database in use.
                await using (var pooled = new NpgsqlConnection(connection))
                    NpgsqlConnection.ClearPool(pooled);
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            });
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        // The maintenance database, whatever database --connection names, since the round's own is being made or dropped.
        var maintenance = new NpgsqlConnectionStringBuilder(serverConnection) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(maintenance);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
