using WorkflowAgency.Benchmarks;

// Usage: dotnet run -c Release --project tests/WorkflowAgency.Benchmarks [-- --quick]
var quick = args.Contains("--quick");
var settings = quick ? BenchmarkSettings.Quick : BenchmarkSettings.Full;
Console.WriteLine($"WorkflowAgency benchmarks ({(quick ? "quick" : "full")}): {settings}");

var report = new Report();
await new RawSqliteBaseline(settings).RunAsync(report);
await new EngineBenchmark(settings).RunAsync(report);
report.Print();
