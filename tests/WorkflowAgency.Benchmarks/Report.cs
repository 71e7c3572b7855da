using System.Globalization;

namespace WorkflowAgency.Benchmarks;

/// <summary>Collects per-second figures and prints them with their ratio to the baseline of the same run.</summary>
internal sealed class Report
{
    private readonly List<(string Name, double PerSecond, string? BaselineOf)> _rows = [];

    public void Add(string name, double perSecond, string? baselineOf = null) => _rows.Add((name, perSecond, baselineOf));

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine($"{"measurement",-48} {"per second",12} {"ratio",8}");
        foreach (var (name, perSecond, baselineOf) in _rows)
        {
            var baseline = baselineOf is null ? (double?)null : _rows.First(r => r.Name == baselineOf).PerSecond;
            var ratio = baseline is { } b ? (perSecond / b).ToString("0.00", CultureInfo.InvariantCulture) : "";
            Console.WriteLine($"{name,-48} {perSecond,12:0} {ratio,8}");
        }
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
