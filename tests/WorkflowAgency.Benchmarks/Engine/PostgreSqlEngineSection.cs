using WorkflowAgency.Benchmarks.Databases;

namespace WorkflowAgency.Benchmarks.Engine;

/// <summary>
/// The engine rows on PostgreSQL: per round, the Npgsql same-writes baseline and the engine, each on its own
/// freshly created and migrated database, alternating so a noisy neighbour slows them alike; the report keeps the
/// median of the per-round ratios, as on SQLite.
/// </summary>
internal sealed class PostgreSqlEngineSection(BenchmarkSettings settings, string serverConnection)
{
    public const string Section = "Engine on PostgreSQL (in process)";

    public async Task RunAsync(Report report)
    {
        var databases = new PostgreSqlDatabases(serverConnection);
        var sameWrites = new PostgreSqlSameWritesBaseline(settings);
        var engine = new EngineBenchmark(settings);
        for (var round = 0; round < settings.Rounds; round++)
        {
            Rate rawStarts, rawCompletions, starts, completions;
            await using (var database = await databases.CreateAsync("same_writes"))
                (rawStarts, rawCompletions) = await sameWrites.MeasureAsync(database.Target);
            await using (var database = await databases.CreateAsync("engine"))
                (starts, completions) = await engine.MeasureAsync(database.Target);

            report.Add(Section, PostgreSqlSameWritesBaseline.Starts, "/s", rawStarts.PerSecond, PostgreSqlSameWritesBaseline.Starts, rawStarts.PerSecond);
            report.Add(Section, PostgreSqlSameWritesBaseline.Completions, "/s", rawCompletions.PerSecond, PostgreSqlSameWritesBaseline.Completions, rawCompletions.PerSecond);
            report.Add(Section, "engine: engagements started", "/s", starts.PerSecond, "raw Npgsql, same writes", rawStarts.PerSecond);
            report.Add(Section, "engine: task completions", "/s", completions.PerSecond, "raw Npgsql, same writes", rawCompletions.PerSecond);
            report.Add(Section, "engine: engagements started, per CPU-second", "/cpu-s", starts.PerCpuSecond, "raw Npgsql, same writes, per CPU-second", rawStarts.PerCpuSecond);
            report.Add(Section, "engine: task completions, per CPU-second", "/cpu-s", completions.PerCpuSecond, "raw Npgsql, same writes, per CPU-second", rawCompletions.PerCpuSecond);
            Console.WriteLine($"round {round + 1}: same writes {rawStarts.PerSecond:0}/{rawCompletions.PerSecond:0}/s, engine starts {starts.PerSecond:0}/s, completions {completions.PerSecond:0}/s");
        }
    }
}
