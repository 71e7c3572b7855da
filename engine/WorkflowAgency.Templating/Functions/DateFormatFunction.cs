using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace WorkflowAgency.Templating.Functions;

/// <summary>
/// <c>date_format date [format]</c>: a date in the data's culture and time zone, with a .NET date format
/// (default <c>D</c>, the culture's long date: "Monday, 2 March 2026" in en-GB).
/// </summary>
/// <remarks>
/// An instant (a date with <c>Z</c> or an offset, <c>date.utc_now</c>) is shown in the <c>time_zone</c>; a
/// date without one (<c>2026-03-10</c> from a form, <c>date.parse</c>) is a calendar date and shown as is,
/// so a due date never moves to the day before for a reader west of UTC. Text must be ISO 8601, as the
/// engine stores dates.
/// </remarks>
internal static class DateFormatFunction
{
    public static string Format(TemplateContext context, SourceSpan span, object? date, string? format = null)
    {
        var value = ToDate(context, span, date);
        var culture = LocaleSettings.Culture(context, span);
        if (value.Kind != DateTimeKind.Unspecified)
            value = TimeZoneInfo.ConvertTimeFromUtc(value.ToUniversalTime(), LocaleSettings.TimeZone(context, span));
        try
        {
            return value.ToString(string.IsNullOrEmpty(format) ? "D" : format, culture);
        }
        catch (FormatException)
        {
            throw new ScriptRuntimeException(span, $"`{format}` is not a valid date format.");
        }
    }

    private static DateTime ToDate(TemplateContext context, SourceSpan span, object? date) => date switch
    {
        DateTime value => value,
        DateTimeOffset instant => instant.UtcDateTime,
        string text when TryParseIso(text, out var parsed) => parsed,
        string text => throw new ScriptRuntimeException(span, $"`date_format` needs an ISO 8601 date such as 2026-03-10, not \"{text}\"."),
        _ => throw new ScriptRuntimeException(span, $"`date_format` needs a date, not {context.GetTypeName(date)}."),
    };

    /// <summary>Reads <c>2026-03-10</c>, <c>2026-03-10T09:00:00</c> or with <c>Z</c> / an offset; nothing culture-specific.</summary>
    private static bool TryParseIso(string text, out DateTime value)
    {
        value = default;
        text = text.Trim();
        // Without this guard DateTime.TryParse would also take "03/10/2026", whose meaning depends on who wrote it.
        if (text.Length < 10 || !char.IsAsciiDigit(text[0]) || text[4] != '-' || text[7] != '-')
            return false;
        // RoundtripKind: Z gives a UTC instant, an offset a (local) instant, neither a calendar date.
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value);
    }
}
