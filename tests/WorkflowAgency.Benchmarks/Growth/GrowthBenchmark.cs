using WorkflowAgency.Benchmarks.Databases;
using WorkflowAgency.Benchmarks.Engine;

namespace WorkflowAgency.Benchmarks.Growth;

/// <summary>The engine round again, on a copy of a database already holding many engagements: a transition must cost the same.</summary>
internal sealed class GrowthBenchmark(EngineBenchmark engine, Population population)
{
    /// <summary>Starts and completions per second with <paramref name="stored"/> engagements already in the database.</summary>
    public async Task<(Rate Starts, Rate Completions)> MeasureAsync(int stored)
    {
        var prepared = await population.FileForAsync(stored);
        using var folder = new TempFolder();
        return await engine.MeasureAsync(SqliteDatabases.CopyOf(prepared, folder, "grown"));
    }
}
