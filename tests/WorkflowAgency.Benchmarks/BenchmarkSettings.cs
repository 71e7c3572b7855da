namespace WorkflowAgency.Benchmarks;

/// <summary>How much work each measurement does; rounds are repeated and the median kept.</summary>
/// <param name="Mode">smoke, quick or full.</param>
/// <param name="Engagements">Engagements started (and their tasks completed) per engine round.</param>
/// <param name="Rounds">How many rounds each row is measured; the median is reported.</param>
/// <param name="GrowthSizes">How many engagements are already stored in the growth rows; the last one also serves the HTTP rows.</param>
/// <param name="HttpClients">Concurrent clients of the HTTP load.</param>
/// <param name="HttpWindow">How long each HTTP load window runs.</param>
/// <param name="InboxSamples">Inbox queries timed per round.</param>
internal sealed record BenchmarkSettings(
    string Mode, int Engagements, int Rounds, int[] GrowthSizes, int HttpClients, TimeSpan HttpWindow, int InboxSamples)
{
    /// <summary>A run that only proves the harness works (CI): tiny sizes, one round.</summary>
    public static BenchmarkSettings Smoke { get; } = new("smoke", 20, 1, [300], 4, TimeSpan.FromSeconds(0.5), 10);

    public static BenchmarkSettings Quick { get; } = new("quick", 200, 3, [2_000, 10_000], 16, TimeSpan.FromSeconds(2), 100);

    public static BenchmarkSettings Full { get; } = new("full", 1_000, 5, [10_000, 100_000], 16, TimeSpan.FromSeconds(5), 300);

    /// <summary>The stored engagements behind the HTTP, inbox and memory rows.</summary>
    public int Populated => GrowthSizes[^1];

    public override string ToString() =>
        $"{Mode}: {Engagements} engagements × 8 tasks, median of {Rounds} rounds; growth at {string.Join(" and ", GrowthSizes.Select(n => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))} stored; " +
        $"HTTP {HttpClients} clients × {HttpWindow.TotalSeconds:0.#} s windows";
}
