using WorkflowAgency.Benchmarks;
using WorkflowAgency.Benchmarks.Databases;
using WorkflowAgency.Benchmarks.Engine;
using WorkflowAgency.Benchmarks.Growth;
using WorkflowAgency.Benchmarks.Http;
using WorkflowAgency.Benchmarks.Peer;
using WorkflowAgency.Persistence;

// Usage: see BenchmarkOptions.Usage. Every figure is a ratio against a baseline measured in the same run.
var (options, problem) = BenchmarkOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

if (!string.Equals(options.Provider, PersistenceOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase))
{
    // The engine rows take any provider AddPersistence knows (EngineHost passes it through); what is missing for
    // another one is a fresh database per round and a raw-driver baseline in that provider's own driver.
    Console.Error.WriteLine($"--provider {options.Provider}: only {PersistenceOptions.SqliteProvider} has a per-round database factory and a raw baseline in this harness yet.");
    return 2;
}

var settings = options.Settings;
Console.WriteLine($"WorkflowAgency benchmarks, {settings}");
Console.WriteLine($"{Environment.ProcessorCount} cores; sections: {string.Join(", ", BenchmarkOptions.AllSections.Where(options.Runs))}");

var report = new Report();
var population = new Population(options.CacheFolder);
var engine = new EngineBenchmark(settings);
const string EngineSection = "Engine on SQLite (in process)";
const string GrowthSection = "Growth: the engine round with engagements already stored";
const string PeerSection = "Peer: WorkflowCore 3.22.0, in-memory store, same shape";

if (options.Runs("engine") || options.Runs("growth") || options.Runs("peer"))
{
    // Baseline, engine (and the rows built on it) alternate round by round, so a noisy neighbour slows them alike;
    // each ratio is taken within a round and the median reported.
    var baseline = new RawSqliteBaseline(settings);
    var sameWrites = new SameWritesBaseline(settings);
    var growth = new GrowthBenchmark(engine, population);
    var peer = new WorkflowCoreBenchmark(settings);
    if (options.Runs("growth"))
    {
        foreach (var size in settings.GrowthSizes)
            await population.FileForAsync(size);
    }

    for (var round = 0; round < settings.Rounds; round++)
    {
        var raw = await baseline.MeasureAsync();
        var (rawStarts, rawCompletions) = options.Runs("engine") ? await sameWrites.MeasureAsync() : (double.NaN, double.NaN);
        double starts, completions;
        using (var folder = new TempFolder())
            (starts, completions) = await engine.MeasureAsync(SqliteDatabases.Fresh(folder, "engine"));
        var line = $"round {round + 1}: raw {raw:0}/s, same writes {rawStarts:0}/{rawCompletions:0}/s, engine starts {starts:0}/s, completions {completions:0}/s";
        if (options.Runs("engine"))
        {
            report.Add(EngineSection, SameWritesBaseline.Starts, "/s", rawStarts, SameWritesBaseline.Starts, rawStarts);
            report.Add(EngineSection, SameWritesBaseline.Completions, "/s", rawCompletions, SameWritesBaseline.Completions, rawCompletions);
            report.Add(EngineSection, "engine: engagements started", "/s", starts, "raw, same writes", rawStarts);
            report.Add(EngineSection, "engine: task completions", "/s", completions, "raw, same writes", rawCompletions);
            report.Add(EngineSection, RawSqliteBaseline.Name, "/s", raw, RawSqliteBaseline.Name, raw);
            report.Add(EngineSection, "engine: engagements started (vs the small floor)", "/s", starts, "raw, 4 small statements", raw);
            report.Add(EngineSection, "engine: task completions (vs the small floor)", "/s", completions, "raw, 4 small statements", raw);
        }

        if (options.Runs("growth"))
        {
            foreach (var size in settings.GrowthSizes)
            {
                var (grownStarts, grownCompletions) = await growth.MeasureAsync(size);
                report.Add(GrowthSection, $"engagements started, {size:N0} stored", "/s", grownStarts, "same, empty database", starts);
                report.Add(GrowthSection, $"task completions, {size:N0} stored", "/s", grownCompletions, "same, empty database", completions);
                line += $"; {size:N0} stored: starts {grownStarts:0}/s, completions {grownCompletions:0}/s";
            }
        }

        if (options.Runs("peer"))
        {
            var (peerStarts, peerEvents) = await peer.MeasureAsync();
            report.Add(PeerSection, "WorkflowCore: instances started", "/s", peerStarts, "our engagements started (SQLite file)", starts);
            report.Add(PeerSection, "WorkflowCore: events consumed (a wait resumed)", "/s", peerEvents, "our task completions (SQLite file)", completions);
            line += $"; WorkflowCore starts {peerStarts:0}/s, events {peerEvents:0}/s";
        }

        Console.WriteLine(line);
    }
}

if (options.Runs("http") || options.Runs("inbox") || options.Runs("memory"))
    await new ServerBenchmark(settings, population, report).RunAsync(options.Runs("http"), options.Runs("inbox"), options.Runs("memory"));

report.Print(Console.Out);
return 0;
