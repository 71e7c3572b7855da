using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace WorkflowAgency.Templating.Functions;

/// <summary>
/// The culture and time zone a template or expression formats for, read from the optional <c>culture</c>
/// (e.g. <c>fr-FR</c>) and <c>time_zone</c> (an IANA id, e.g. <c>Europe/Paris</c>) variables.
/// </summary>
internal static class LocaleSettings
{
    public const string CultureVariable = "culture";
    public const string TimeZoneVariable = "time_zone";

    private static readonly ScriptVariable CultureName = ScriptVariable.Create(CultureVariable, ScriptVariableScope.Global);
    private static readonly ScriptVariable TimeZoneId = ScriptVariable.Create(TimeZoneVariable, ScriptVariableScope.Global);

    /// <summary>British English: the agency's house style when the data names no culture.</summary>
    public static readonly CultureInfo DefaultCulture = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo Culture(TemplateContext context, SourceSpan span)
    {
        var name = ReadText(context, span, CultureName);
        if (name is null)
            return DefaultCulture;
        try
        {
            // predefinedOnly: ICU would otherwise make up a culture for any well-formed name, typos included.
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new ScriptRuntimeException(span, $"Unknown culture `{name}` in `{CultureVariable}`; use a name such as en-GB or fr-FR.");
        }
    }

    public static TimeZoneInfo TimeZone(TemplateContext context, SourceSpan span)
    {
        var id = ReadText(context, span, TimeZoneId);
        if (id is null)
            return TimeZoneInfo.Utc;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ScriptRuntimeException(span, $"Unknown time zone `{id}` in `{TimeZoneVariable}`; use an IANA id such as Europe/London.");
        }
    }

    /// <summary>The variable's text; null when it is absent or empty, which means "use the default".</summary>
    private static string? ReadText(TemplateContext context, SourceSpan span, ScriptVariable variable)
    {
        var value = ReadOptional(context, variable);
        if (value is null)
            return null;
        if (value is not string text)
            throw new ScriptRuntimeException(span, $"`{variable.Name}` must be text, not {context.GetTypeName(value)}.");
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>Reads a variable from any scope, as null when absent: these variables are optional.</summary>
    /// <remarks>Scriban reads its own optional <c>date</c> settings the same way, lifting strictness for the read.</remarks>
    private static object? ReadOptional(TemplateContext context, ScriptVariable variable)
    {
        var strict = context.StrictVariables;
        try
        {
            context.StrictVariables = false;
            return context.GetValue(variable);
        }
        finally
        {
            context.StrictVariables = strict;
        }
    }
}
