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

var settings = options.Settings;
if (string.Equals(options.Provider, PersistenceOptions.PostgreSqlProvider, StringComparison.OrdinalIgnoreCase))
{
    if (string.IsNullOrWhiteSpace(options.Connection))
    {
        Console.Error.WriteLine($"--provider {options.Provider} needs --connection \"Host=…;Port=…;Username=…\" (a server where databases may be created and dropped).");
        return 2;
    }

    // The peer runs on its own in-memory store whatever --provider says, so it is only measured beside SQLite.
    var skipped = options.Runs("peer") ? " (peer: SQLite runs only, skipped)" : "";
    Console.WriteLine($"WorkflowAgency benchmarks on PostgreSQL, {settings}");
    Console.WriteLine($"{Environment.ProcessorCount} cores; sections: {string.Join(", ", BenchmarkOptions.AllSections.Where(s => s != "peer" && options.Runs(s)))}{skipped}");
    var postgreSqlReport = new Report();
    var databases = new PostgreSqlDatabases(options.Connection);
    var populated = new PopulatedPostgreSqlDatabases(databases);
    if (options.Runs("engine") || options.Runs("growth"))
        await new PostgreSqlEngineSection(settings, databases, populated).RunAsync(postgreSqlReport, options.Runs("engine"), options.Runs("growth"));
    if (options.Runs("http") || options.Runs("inbox") || options.Runs("memory"))
        await new ServerBenchmark(settings, populated, postgreSqlReport, " on PostgreSQL").RunAsync(options.Runs("http"), options.Runs("inbox"), options.Runs("memory"));
    postgreSqlReport.Print(Console.Out);
    return 0;
}

if (!string.Equals(options.Provider, PersistenceOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase))
{
    Console.Error.WriteLine($"--provider {options.Provider}: use {PersistenceOptions.SqliteProvider} or {PersistenceOptions.PostgreSqlProvider}.");
    return 2;
}

Console.WriteLine($"WorkflowAgency benchmarks, {settings}");
Console.WriteLine($"{Environment.ProcessorCount} cores; sections: {string.Join(", ", BenchmarkOptions.AllSections.Where(options.Runs))}");

var report = new Report();
var population = new PopulatedSqliteFiles(options.CacheFolder);
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
            await population.PrepareAsync(size);
    }

    for (var round = 0; round < settings.Rounds; round++)
    {
        var raw = await baseline.MeasureAsync();
        var (rawStarts, rawCompletions) = options.Runs("engine") ? await sameWrites.MeasureAsync() : default;
        Rate starts, completions;
        using (var folder = new TempFolder())
            (starts, completions) = await engine.MeasureAsync(SqliteDatabases.Fresh(folder, "engine"));
        var line = $"round {round + 1}: raw {raw:0}/s, same writes {rawStarts.PerSecond:0}/{rawCompletions.PerSecond:0}/s, engine starts {starts.PerSecond:0}/s, completions {completions.PerSecond:0}/s";
        if (options.Runs("engine"))
        {
            EngineRows.Add(report, EngineSection, "raw SQLite", (rawStarts, rawCompletions), (starts, completions));
            report.Add(EngineSection, RawSqliteBaseline.Name, "/s", raw, RawSqliteBaseline.Name, raw);
            report.Add(EngineSection, "engine: engagements started (vs the small floor)", "/s", starts.PerSecond, "raw, 4 small statements", raw);
            report.Add(EngineSection, "engine: task completions (vs the small floor)", "/s", completions.PerSecond, "raw, 4 small statements", raw);
        }

        if (options.Runs("growth"))
        {
            foreach (var size in settings.GrowthSizes)
                line += GrowthBenchmark.Add(report, GrowthSection, size, await growth.MeasureAsync(size), (starts, completions));
        }

        if (options.Runs("peer"))
        {
            var (peerStarts, peerEvents) = await peer.MeasureAsync();
            report.Add(PeerSection, "WorkflowCore: instances started", "/s", peerStarts, "our engagements started (SQLite file)", starts.PerSecond);
            report.Add(PeerSection, "WorkflowCore: events consumed (a wait resumed)", "/s", peerEvents, "our task completions (SQLite file)", completions.PerSecond);
            line += $"; WorkflowCore starts {peerStarts:0}/s, events {peerEvents:0}/s";
        }

        Console.WriteLine(line);
    }
}

if (options.Runs("http") || options.Runs("inbox") || options.Runs("memory"))
    await new ServerBenchmark(settings, population, report).RunAsync(options.Runs("http"), options.Runs("inbox"), options.Runs("memory"));

report.Print(Console.Out);
return 0;
