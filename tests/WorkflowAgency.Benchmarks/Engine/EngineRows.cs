namespace WorkflowAgency.Benchmarks.Engine;

/// <summary>The engine section's rows of one round, against the raw driver doing the same writes, on either database.</summary>
internal static class EngineRows
{
    /// <summary>Adds the baselines' rates and the engine's, each engine row as a ratio to the same writes by <paramref name="driver"/>.</summary>
    /// <param name="report">Where the rows go.</param>
    /// <param name="section">The report's section.</param>
    /// <param name="driver">How the baseline is named, e.g. <c>raw SQLite</c> or <c>raw Npgsql</c>.</param>
    /// <param name="raw">The baseline's starts and completions this round.</param>
    /// <param name="engine">The engine's starts and completions this round.</param>
    public static void Add(Report report, string section, string driver, (Rate Starts, Rate Completions) raw, (Rate Starts, Rate Completions) engine)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (startsBaseline, completionsBaseline) = ($"{driver}, same writes as a start", $"{driver}, same writes as a completion");
        report.Add(section, startsBaseline, "/s", raw.Starts.PerSecond, startsBaseline, raw.Starts.PerSecond);
        report.Add(section, completionsBaseline, "/s", raw.Completions.PerSecond, completionsBaseline, raw.Completions.PerSecond);
        report.Add(section, "engine: engagements started", "/s", engine.Starts.PerSecond, $"{driver}, same writes", raw.Starts.PerSecond);
        report.Add(section, "engine: task completions", "/s", engine.Completions.PerSecond, $"{driver}, same writes", raw.Completions.PerSecond);
        report.Add(section, "engine: engagements started, per CPU-second", "/cpu-s", engine.Starts.PerCpuSecond, $"{driver}, same writes, per CPU-second", raw.Starts.PerCpuSecond);
        report.Add(section, "engine: task completions, per CPU-second", "/cpu-s", engine.Completions.PerCpuSecond, $"{driver}, same writes, per CPU-second", raw.Completions.PerCpuSecond);
    }
}
