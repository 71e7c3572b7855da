using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkflowAgency.Engine.Common;

/// <summary>ISO 8601 durations as people write them in definitions: <c>P3D</c>, <c>PT4H</c>, <c>P2W</c>, <c>P1DT12H</c>.</summary>
/// <remarks>
/// Years and months are refused rather than approximated: "P1M" from 31 January is ambiguous, and a
/// due date that silently drifts is worse than asking the author to write <c>P30D</c>.
/// </remarks>
public static partial class IsoDuration
{
    [GeneratedRegex(@"^P(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<m>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();

    /// <summary>Parses <paramref name="text"/>; false when it is not a duration this engine accepts.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text) || text is "P" || text.EndsWith('T'))
            return false;

        var match = Pattern().Match(text.Trim());
        if (!match.Success)
            return false;

        double Part(string name) =>
            match.Groups[name].Success ? double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;

        duration = TimeSpan.FromDays(Part("w") * 7 + Part("d"))
            + TimeSpan.FromHours(Part("h"))
            + TimeSpan.FromMinutes(Part("m"))
            + TimeSpan.FromSeconds(Part("s"));
        return true;
    }

    /// <summary>Writes a duration back in the same notation (days and a time part).</summary>
    public static string Format(TimeSpan duration)
    {
        var text = "P";
        if (duration.Days > 0)
            text += $"{duration.Days}D";
        var time = duration - TimeSpan.FromDays(duration.Days);
        if (time > TimeSpan.Zero)
        {
            text += "T";
            if (time.Hours > 0) text += $"{time.Hours}H";
            if (time.Minutes > 0) text += $"{time.Minutes}M";
            if (time.Seconds > 0 || time.Milliseconds > 0)
                text += string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds - time.Hours * 3600 - time.Minutes * 60:0.###}S");
        }
        return text == "P" ? "PT0S" : text;
    }
}
