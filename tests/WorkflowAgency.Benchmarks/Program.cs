using WorkflowAgency.Benchmarks;

// Usage: dotnet run -c Release --project tests/WorkflowAgency.Benchmarks [-- --quick]
var quick = args.Contains("--quick");
var settings = quick ? BenchmarkSettings.Quick : BenchmarkSettings.Full;
Console.WriteLine($"WorkflowAgency benchmarks ({(quick ? "quick" : "full")}): {settings}");

// Baseline and engine alternate round by round, so a noisy neighbour slows both alike; each ratio is taken
// within a round and the median ratio reported.
var baseline = new RawSqliteBaseline(settings);
var engine = new EngineBenchmark(settings);
var report = new Report();
for (var round = 0; round < settings.Rounds; round++)
{
    var raw = await baseline.MeasureAsync();
    var (starts, completions) = await engine.MeasureAsync();
    report.Add(RawSqliteBaseline.Name, raw, raw);
    report.Add(EngineBenchmark.Starts, starts, raw);
    report.Add(EngineBenchmark.Completions, completions, raw);
    Console.WriteLine($"round {round + 1}: baseline {raw:0}/s, starts {starts:0}/s, completions {completions:0}/s");
}
report.Print();
