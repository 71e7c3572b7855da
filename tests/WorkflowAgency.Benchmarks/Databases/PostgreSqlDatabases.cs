using Npgsql;
using WorkflowAgency.Persistence;

namespace WorkflowAgency.Benchmarks.Databases;

/// <summary>
/// Databases on the PostgreSQL server <c>--connection</c> names: an empty one per round, or a copy of a prepared one
/// (<c>CREATE DATABASE … TEMPLATE</c>), dropped afterwards — the PostgreSQL counterpart of <see cref="SqliteDatabases"/>.
/// Migrating is left to the product (<c>IWorkflowDatabase.MigrateAsync</c> in <see cref="Engine.EngineHost"/> or
/// the server's start-up), as on SQLite.
/// </summary>
internal sealed class PostgreSqlDatabases(string serverConnection)
{
    // One prefix per run, so two runs against the same server never meet.
    private readonly string _prefix = $"wa_bench_{Environment.ProcessId}_";
    private int _count;

    /// <summary>A new, empty database; its connection string is <c>--connection</c> with the database replaced.</summary>
    public Task<FreshDatabase> CreateAsync(string name) => CreateAsync(name, template: null);

    /// <summary>
    /// A private copy of <paramref name="template"/> (which nobody may be connected to), checkpointed: otherwise the
    /// checkpointer writes the copy's pages out during the first measurements, as the kernel would a SQLite file's.
    /// </summary>
    public async Task<FreshDatabase> CopyAsync(string template, string name)
    {
        var copy = await CreateAsync(name, template);
        await ExecuteOnServerAsync("CHECKPOINT");
        return copy;
    }

    /// <summary><c>--connection</c> with the database replaced by <paramref name="database"/>.</summary>
    public DatabaseTarget TargetOf(string database) =>
        new(PersistenceOptions.PostgreSqlProvider, new NpgsqlConnectionStringBuilder(serverConnection) { Database = database }.ConnectionString, File: null);

    /// <summary>The databases on the server whose names start with <paramref name="prefix"/>.</summary>
    public async Task<List<string>> NamesStartingWithAsync(string prefix)
    {
        await using var connection = await OpenMaintenanceAsync();
        await using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @prefix)", connection);
        command.Parameters.AddWithValue("prefix", prefix);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>Closes the harness's idle pooled connections to <paramref name="target"/>, which would keep it in use (as a template, or when dropped).</summary>
    public static void ClearPool(DatabaseTarget target)
    {
        using var pooled = new NpgsqlConnection(target.ConnectionString);
        NpgsqlConnection.ClearPool(pooled);
    }

    /// <summary>Runs <paramref name="sql"/> on the maintenance database, whatever database <c>--connection</c> names.</summary>
    public async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = await OpenMaintenanceAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<FreshDatabase> CreateAsync(string name, string? template)
    {
        var database = $"{_prefix}{name}_{Interlocked.Increment(ref _count)}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{database}\"" + (template is null ? "" : $" TEMPLATE \"{template}\""));
        var target = TargetOf(database);
        return new FreshDatabase(
            target,
            async () =>
            {
                // The engine's and the baseline's pooled connections would otherwise keep the database in use.
                ClearPool(target);
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            });
    }

    private async Task<NpgsqlConnection> OpenMaintenanceAsync()
    {
        // The maintenance database, since the databases named here are being made, copied or dropped.
        var maintenance = new NpgsqlConnectionStringBuilder(serverConnection) { Database = "postgres", Pooling = false }.ConnectionString;
        var connection = new NpgsqlConnection(maintenance);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
