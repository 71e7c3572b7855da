namespace WorkflowAgency.Benchmarks.Http;

/// <summary>Request latencies of one load window, and what got done in it.</summary>
internal sealed class Latencies(IReadOnlyList<double> milliseconds, TimeSpan elapsed)
{
    public int Count => milliseconds.Count;

    public double PerSecond => milliseconds.Count / elapsed.TotalSeconds;

    /// <summary>The nearest-rank percentile, e.g. 0.95 for p95.</summary>
    public double Percentile(double p)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
