using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace WorkflowAgency.Templating.Functions;

/// <summary><c>money amount currency</c>: an amount formatted as money in the data's culture.</summary>
/// <example><c>{{ fee | money 'EUR' }}</c> gives <c>€4,200.00</c> in en-GB and <c>4.200,00 €</c> in de-DE.</example>
internal static class MoneyFunction
{
    public static string Format(TemplateContext context, SourceSpan span, object? amount, string currency)
    {
        var value = ToDecimal(context, span, amount);
        var culture = LocaleSettings.Culture(context, span);
        var format = CurrencyFormats.For(culture, currency)
            ?? throw new ScriptRuntimeException(span, $"Unknown currency `{currency}`; use an ISO 4217 code such as EUR, GBP or USD.");
        return value.ToString("C", format);
    }

    private static decimal ToDecimal(TemplateContext context, SourceSpan span, object? amount) => amount switch
    {
        decimal exact => exact,
        long or int or short or byte or sbyte or ulong or uint or ushort => Convert.ToDecimal(amount, CultureInfo.InvariantCulture),
        double or float when double.IsFinite(Convert.ToDouble(amount, CultureInfo.InvariantCulture)) =>
            Convert.ToDecimal(amount, CultureInfo.InvariantCulture),
        // Form values sometimes arrive as text; only the JSON number syntax is read, never a culture's.
        string text when decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new ScriptRuntimeException(span, $"`money` needs a number, not {Describe(context, amount)}."),
    };

    private static string Describe(TemplateContext context, object? value) =>
        value is string text ? $"the text \"{text}\"" : context.GetTypeName(value);
}
