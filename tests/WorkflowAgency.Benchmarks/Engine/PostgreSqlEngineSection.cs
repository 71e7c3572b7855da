using WorkflowAgency.Benchmarks.Databases;
using WorkflowAgency.Benchmarks.Growth;

namespace WorkflowAgency.Benchmarks.Engine;

/// <summary>
/// The engine and growth rows on PostgreSQL: per round, the Npgsql same-writes baseline and the engine, each on its
/// own freshly created and migrated database, then the engine on a copy of each prepared database, alternating so a
/// noisy neighbour slows them alike; the report keeps the median of the per-round ratios, as on SQLite.
/// </summary>
internal sealed class PostgreSqlEngineSection(BenchmarkSettings settings, PostgreSqlDatabases databases, IPopulatedDatabases populated)
{
    public const string Section = "Engine on PostgreSQL (in process)";
    public const string GrowthSection = "Growth on PostgreSQL: the engine round with engagements already stored";

    public async Task RunAsync(Report report, bool engineRows, bool growthRows)
    {
        var sameWrites = new PostgreSqlSameWritesBaseline(settings);
        var engine = new EngineBenchmark(settings);
        var growth = new GrowthBenchmark(engine, populated);
        if (growthRows)
        {
            foreach (var size in settings.GrowthSizes)
                await populated.PrepareAsync(size);
        }

        for (var round = 0; round < settings.Rounds; round++)
        {
            Rate rawStarts = default, rawCompletions = default, starts, completions;
            if (engineRows)
            {
                await using var database = await databases.CreateAsync("same_writes");
                (rawStarts, rawCompletions) = await sameWrites.MeasureAsync(database.Target);
            }

            await using (var database = await databases.CreateAsync("engine"))
                (starts, completions) = await engine.MeasureAsync(database.Target);
            var line = $"round {round + 1}: " + (engineRows ? $"same writes {rawStarts.PerSecond:0}/{rawCompletions.PerSecond:0}/s, " : "") + $"engine starts {starts.PerSecond:0}/s, completions {completions.PerSecond:0}/s";

            if (engineRows)
            {
                EngineRows.Add(report, Section, "raw Npgsql", (rawStarts, rawCompletions), (starts, completions));
            }

            if (growthRows)
            {
                foreach (var size in settings.GrowthSizes)
                    line += GrowthBenchmark.Add(report, GrowthSection, size, await growth.MeasureAsync(size), (starts, completions));
            }

            Console.WriteLine(line);
        }
    }
}
