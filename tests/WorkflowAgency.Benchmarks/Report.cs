using System.Globalization;

namespace WorkflowAgency.Benchmarks;

/// <summary>Per-round figures and their ratio to the baseline of the same round; prints medians.</summary>
internal sealed class Report
{
    private readonly List<(string Name, double PerSecond, double Ratio)> _samples = [];

    public void Add(string name, double perSecond, double baselinePerSecond) =>
        _samples.Add((name, perSecond, perSecond / baselinePerSecond));

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine($"{"measurement (median of rounds)",-48} {"per second",12} {"ratio",8}");
        foreach (var group in _samples.GroupBy(s => s.Name))
        {
            var perSecond = Median(group.Select(s => s.PerSecond));
            var ratio = Median(group.Select(s => s.Ratio)).ToString("0.00", CultureInfo.InvariantCulture);
            Console.WriteLine($"{group.Key,-48} {perSecond,12:0} {ratio,8}");
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
