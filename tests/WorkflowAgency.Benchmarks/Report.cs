using System.Globalization;

namespace WorkflowAgency.Benchmarks;

/// <summary>Per-round figures and their ratio to a baseline of the same round; prints medians per section.</summary>
/// <remarks>
/// The median of the per-round ratios, not the ratio of the medians: a neighbour that slows one round slows
/// its baseline alike, so the ratio stays meaningful where the absolute figure does not.
/// </remarks>
internal sealed class Report
{
    private readonly List<Sample> _samples = [];

    /// <summary>Records <paramref name="value"/> (in <paramref name="unit"/>) against <paramref name="baseline"/>, measured in the same round.</summary>
    public void Add(string section, string name, string unit, double value, string baselineName, double baseline) =>
        _samples.Add(new Sample(section, name, unit, value, baselineName, value / baseline));

    public void Print(TextWriter output)
    {
        output.WriteLine();
        foreach (var section in _samples.GroupBy(s => s.Section))
        {
            output.WriteLine($"## {section.Key}");
            output.WriteLine($"{"measurement (median of rounds)",-58} {"value",12} {"unit",-6} {"ratio",7}  baseline");
            foreach (var row in section.GroupBy(s => s.Name))
            {
                var first = row.First();
                var value = Median(row.Select(s => s.Value));
                var ratio = Median(row.Select(s => s.Ratio));
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{row.Key,-58} {Format(value),12} {first.Unit,-6} {ratio,7:0.00}  {first.BaselineName}"));
            }

            output.WriteLine();
        }
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
    }

    private static string Format(double value) =>
        value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.00", CultureInfo.InvariantCulture);

    private sealed record Sample(string Section, string Name, string Unit, double Value, string BaselineName, double Ratio);
}
