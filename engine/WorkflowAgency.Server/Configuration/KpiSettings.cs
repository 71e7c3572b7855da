using WorkflowAgency.Server.Features.Kpis;
using WorkflowAgency.Server.Features.Payments;

namespace WorkflowAgency.Server.Configuration;

/// <summary>The <c>Kpis</c> section after validation.</summary>
internal sealed record KpiSettings(string Currency, BusinessHours BusinessHours)
{
    public static KpiSettings? From(KpiOptions options, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(problems);
        var currency = (options.Currency ?? "").Trim().ToUpperInvariant();
        if (!MoneyRules.IsCurrency(currency))
            problems.Add($"Kpis:Currency: '{options.Currency}' is not a three-letter currency code such as EUR.");
        var hours = BusinessHours.From(options.BusinessHours ?? new BusinessHoursOptions(), problems);
        return hours is null || !MoneyRules.IsCurrency(currency) ? null : new KpiSettings(currency, hours);
    }
}
