using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace WorkflowAgency.Templating.Functions;

/// <summary>Number formats for showing an ISO 4217 currency in a culture.</summary>
/// <remarks>
/// .NET knows each culture's own currency but not how a culture writes another one, so the pattern and
/// separators come from the reader's culture and the symbol and decimal digits from a culture whose region
/// uses the currency, preferring one in the reader's language: in en-GB euros read "€4,200.00" and yen "¥4,200".
/// </remarks>
internal static class CurrencyFormats
{
    private static readonly Lazy<Dictionary<string, CultureInfo[]>> CulturesByCurrency = new(IndexCultures);
    private static readonly ConcurrentDictionary<(string Culture, string Currency), NumberFormatInfo?> Cache = new();

    /// <summary>The format, or null when no region uses <paramref name="currency"/>.</summary>
    public static NumberFormatInfo? For(CultureInfo culture, string currency)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(currency);
        var code = currency.Trim().ToUpperInvariant();
        // Checked before the cache so that made-up codes cannot grow it.
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
            return null;
        return Cache.GetOrAdd((culture.Name, code), key => Build(culture, key.Currency));
    }

    private static NumberFormatInfo? Build(CultureInfo culture, string currency)
    {
        var source = RegionCurrency(culture) == currency ? culture : FindUser(currency, culture.TwoLetterISOLanguageName);
        if (source is null)
            return null;

        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        // A symbol borrowed from another script's culture may be a full-width form (ja-JP writes ￥);
        // compatibility normalisation gives the form other languages use (¥).
        format.CurrencySymbol = source == culture || source.TwoLetterISOLanguageName == culture.TwoLetterISOLanguageName
            ? source.NumberFormat.CurrencySymbol
            : source.NumberFormat.CurrencySymbol.Normalize(NormalizationForm.FormKC);
        format.CurrencyDecimalDigits = source.NumberFormat.CurrencyDecimalDigits;
        return NumberFormatInfo.ReadOnly(format);
    }

    /// <summary>A culture of a region that pays in <paramref name="currency"/>: same language first, then English.</summary>
    private static CultureInfo? FindUser(string currency, string language)
    {
        if (!CulturesByCurrency.Value.TryGetValue(currency, out var users))
            return null;
        return users.FirstOrDefault(c => c.TwoLetterISOLanguageName == language)
            ?? users.FirstOrDefault(c => c.TwoLetterISOLanguageName == "en")
            ?? users[0];
    }

    private static Dictionary<string, CultureInfo[]> IndexCultures() =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(culture => (Culture: culture, Currency: RegionCurrency(culture)))
            .Where(entry => entry.Currency is not null)
            .GroupBy(entry => entry.Currency!, StringComparer.Ordinal)
            // Sorted by name so that the pick does not depend on the order ICU lists cultures in.
            .ToDictionary(
                group => group.Key,
                group => group.Select(entry => entry.Culture).OrderBy(c => c.Name, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);

    private static string? RegionCurrency(CultureInfo culture)
    {
        try
        {
            return new RegionInfo(culture.Name).ISOCurrencySymbol;
        }
        catch (ArgumentException)
        {
            // Cultures of a language without a region (or of a region .NET has no data for).
            return null;
        }
    }
}
