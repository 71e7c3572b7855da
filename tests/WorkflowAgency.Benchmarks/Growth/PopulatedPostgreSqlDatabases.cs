using System.Diagnostics;
using System.Globalization;
using Npgsql;
using WorkflowAgency.Benchmarks.Databases;
using WorkflowAgency.Persistence;

namespace WorkflowAgency.Benchmarks.Growth;

/// <summary>
/// PostgreSQL databases made by <see cref="Population"/>, kept on the server between runs under a name holding the
/// cache key and the size (<c>wa_bench_population_{key}_{size}</c>); each round works on a
/// <c>CREATE DATABASE … TEMPLATE</c> copy. Drop them to make them again.
/// </summary>
/// <remarks>
/// Preparation only: its sessions commit with <c>synchronous_commit=off</c> (the commit does not wait for the WAL
/// flush; a crash could lose the last commits, never corrupt). It saved little here (2k: 13 s against 15 s; the 4
/// writers already share fsyncs and the 2 cores are the limit) but nothing is timed there. The copies the rows run
/// on are timed with the server's own settings. The prepared database is
/// vacuumed and analysed once, as autovacuum would leave a long-lived database, so no copy starts with stale
/// statistics or a pending autovacuum. A bigger database is grown from a copy of the biggest smaller one.
/// </remarks>
internal sealed class PopulatedPostgreSqlDatabases(PostgreSqlDatabases databases) : IPopulatedDatabases
{
    private const string Prefix = "wa_bench_population_";
    private const string Building = "_building";
    private const int Writers = 4;

    private string? _key;

    public async Task PrepareAsync(int engagements) => await DatabaseForAsync(engagements);

    public async Task<FreshDatabase> CopyAsync(int engagements, string name) =>
        await databases.CopyAsync(await DatabaseForAsync(engagements), name);

    public Task<FreshDatabase> EmptyAsync(string name) => databases.CreateAsync(name);

    /// <summary>The name of the cached database holding <paramref name="engagements"/> engagements, made first when missing.</summary>
    private async Task<string> DatabaseForAsync(int engagements)
    {
        // Identifiers: the key's dash would need quoting everywhere, an underscore does not.
        _key ??= (await Population.KeyAsync(PersistenceOptions.PostgreSqlProvider, databases.TargetOf("postgres").ConnectionString)).Replace('-', '_');
        var prefix = $"{Prefix}{_key}_";
        var name = string.Create(CultureInfo.InvariantCulture, $"{prefix}{engagements}");
        var existing = await databases.NamesStartingWithAsync(prefix);
        if (existing.Contains(name))
            return name;

        var grownFrom = existing
            .Where(n => !n.EndsWith(Building, StringComparison.Ordinal))
            .Select(n => (Name: n, Count: int.Parse(n[prefix.Length..], CultureInfo.InvariantCulture)))
            .Where(n => n.Count < engagements)
            .OrderByDescending(n => n.Count)
            .FirstOrDefault();
        var building = name + Building;
        await databases.ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
        await databases.ExecuteOnServerAsync($"CREATE DATABASE \"{building}\"" + (grownFrom.Name is null ? "" : $" TEMPLATE \"{grownFrom.Name}\""));

        var clock = Stopwatch.StartNew();
        Console.WriteLine($"  preparing {engagements:N0} stored engagements (from {grownFrom.Count:N0}, cached as PostgreSQL database {name})…");
        var target = databases.TargetOf(building);
        var preparing = target with
        {
            ConnectionString = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Options = "-c synchronous_commit=off" }.ConnectionString,
        };
        await Population.AddAsync(preparing, grownFrom.Count, engagements, Writers);
        PostgreSqlDatabases.ClearPool(preparing);
        Console.WriteLine($"  written in {clock.Elapsed.TotalSeconds:0} s; vacuuming and analysing…");
        await VacuumAsync(target);
        await databases.ExecuteOnServerAsync($"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
        Console.WriteLine($"  prepared in {clock.Elapsed.TotalSeconds:0} s");
        return name;
    }

    private static async Task VacuumAsync(DatabaseTarget target)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Pooling = false, CommandTimeout = 0 }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("VACUUM (ANALYZE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
