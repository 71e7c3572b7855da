using System.Globalization;

namespace WorkflowAgency.Server.Features.Payments;

/// <summary>The checks invoices and payments share: amounts in cents, dates as <c>YYYY-MM-DD</c>, ISO currency codes.</summary>
internal static class MoneyRules
{
    public const decimal MaxAmount = 1_000_000_000m;

    public static void Amount(decimal? amount, string field, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (amount is not { } value)
            errors[field] = ["required"];
        else if (value <= 0)
            errors[field] = ["must be more than 0"];
        else if (value > MaxAmount)
            errors[field] = [$"must be at most {MaxAmount.ToString("N0", CultureInfo.InvariantCulture)}"];
        else if (decimal.Round(value, 2) != value)
            errors[field] = ["at most 2 decimal places"];
    }

    public static DateOnly? Date(string? text, string field, bool required, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
                errors[field] = ["required"];
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        errors[field] = [$"'{text}' is not a date (YYYY-MM-DD)"];
        return null;
    }

    public static bool IsCurrency(string code) => code.Length == 3 && code.All(char.IsAsciiLetterUpper);
}
