using WorkflowAgency.Benchmarks.Engine;

namespace WorkflowAgency.Benchmarks.Growth;

/// <summary>The engine round again, on a copy of a database already holding many engagements: a transition must cost the same.</summary>
internal sealed class GrowthBenchmark(EngineBenchmark engine, IPopulatedDatabases populated)
{
    /// <summary>Starts and completions per second with <paramref name="stored"/> engagements already in the database.</summary>
    public async Task<(Rate Starts, Rate Completions)> MeasureAsync(int stored)
    {
        await using var copy = await populated.CopyAsync(stored, "grown");
        return await engine.MeasureAsync(copy.Target);
    }

    /// <summary>Reports one round's growth rows against the engine round on an empty database of the same round; the round's console line.</summary>
    public static string Add(Report report, string section, int stored, (Rate Starts, Rate Completions) grown, (Rate Starts, Rate Completions) empty)
    {
        report.Add(section, $"engagements started, {stored:N0} stored", "/s", grown.Starts.PerSecond, "same, empty database", empty.Starts.PerSecond);
        report.Add(section, $"engagements started, {stored:N0} stored, per CPU-second", "/cpu-s", grown.Starts.PerCpuSecond, "same, empty database", empty.Starts.PerCpuSecond);
        report.Add(section, $"task completions, {stored:N0} stored", "/s", grown.Completions.PerSecond, "same, empty database", empty.Completions.PerSecond);
        report.Add(section, $"task completions, {stored:N0} stored, per CPU-second", "/cpu-s", grown.Completions.PerCpuSecond, "same, empty database", empty.Completions.PerCpuSecond);
        return $"; {stored:N0} stored: starts {grown.Starts.PerSecond:0}/s, completions {grown.Completions.PerSecond:0}/s";
    }
}
