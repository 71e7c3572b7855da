using System.Globalization;
using WorkflowAgency.Server.Configuration;

namespace WorkflowAgency.Server.Features.Kpis;

/// <summary>Counts the working time between two instants: only the opening hours of working days, in the agency's time zone.</summary>
internal sealed class BusinessHours
{
    private static readonly Dictionary<string, DayOfWeek> DayNames = Enum.GetValues<DayOfWeek>()
        .SelectMany(d => new[] { (d.ToString(), d), (d.ToString()[..3], d) })
        .ToDictionary(p => p.Item1, p => p.d, StringComparer.OrdinalIgnoreCase);

    private BusinessHours(TimeOnly start, TimeOnly end, IReadOnlySet<DayOfWeek> days, TimeZoneInfo zone)
    {
        Start = start;
        End = end;
        Days = days;
        Zone = zone;
    }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public IReadOnlySet<DayOfWeek> Days { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>Reads the options, adding each problem (with its key) to <paramref name="problems"/>.</summary>
    public static BusinessHours? From(BusinessHoursOptions options, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        var start = Time(options.Start, "Kpis:BusinessHours:Start", problems);
        var end = Time(options.End, "Kpis:BusinessHours:End", problems);
        if (start is { } s && end is { } e && e <= s)
            problems.Add($"Kpis:BusinessHours:End: {options.End} must be after the start {options.Start}.");
        var days = new HashSet<DayOfWeek>();
        foreach (var name in (options.Days ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DayNames.TryGetValue(name, out var day))
                days.Add(day);
            else
                problems.Add($"Kpis:BusinessHours:Days: '{name}' is not a day of the week (Mon, Tue… or Monday, Tuesday…).");
        }
        if (days.Count == 0)
            problems.Add("Kpis:BusinessHours:Days: name at least one working day.");
        TimeZoneInfo? zone = null;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? "", out zone))
            problems.Add($"Kpis:BusinessHours:TimeZone: '{options.TimeZone}' is not a known time zone (an IANA id such as Europe/London).");
        return problems.Count > before ? null : new BusinessHours(start!.Value, end!.Value, days, zone!);
    }

    /// <summary>Working time from <paramref name="fromUtc"/> to <paramref name="toUtc"/>; zero when the second is not later.</summary>
    public TimeSpan Between(DateTime fromUtc, DateTime toUtc)
    {
        if (toUtc <= fromUtc)
            return TimeSpan.Zero;
        var total = TimeSpan.Zero;
        var firstDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(fromUtc, Zone));
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(toUtc, Zone));
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            if (!Days.Contains(day.DayOfWeek))
                continue;
            var open = Utc(day, Start);
            var close = Utc(day, End);
            var from = fromUtc > open ? fromUtc : open;
            var to = toUtc < close ? toUtc : close;
            if (to > from)
                total += to - from;
        }
        return total;
    }

    /// <summary>How the hours read on screen, e.g. <c>Mon–Fri 09:00–17:30 Europe/London</c>.</summary>
    public string Describe() =>
        $"{string.Join(",", Days.Order().Select(d => d.ToString()[..3]))} {Start:HH\\:mm}–{End:HH\\:mm} {Zone.Id}";

    private DateTime Utc(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        // A clock change at opening time is unheard of; should one happen, the hour after the gap is used.
        if (Zone.IsInvalidTime(local))
            local = local.AddHours(1);
        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    private static TimeOnly? Time(string? text, string key, List<string> problems)
    {
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        problems.Add($"{key}: '{text}' is not a time of day (HH:mm).");
        return null;
    }
}
