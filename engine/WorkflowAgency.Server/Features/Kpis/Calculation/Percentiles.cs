namespace WorkflowAgency.Server.Features.Kpis.Calculation;

/// <summary>Nearest-rank percentiles: always a value that occurred, which reads better on screen than an interpolation.</summary>
internal static class Percentiles
{
    /// <summary>The smallest value with at least <paramref name="percent"/>% of the values at or below it.</summary>
    public static double Of(IReadOnlyList<double> values, double percent)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
            throw new ArgumentException("no values", nameof(values));
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
