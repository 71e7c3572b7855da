using WorkflowAgency.Engine.Common;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Features.Kpis.Calculation;

/// <summary>Revenue assurance: contracted, invoiced and collected amounts, their ratios and overdue invoices.</summary>
internal static class RevenueMetrics
{
    public static IReadOnlyList<CurrencyTotals> Totals(KpiHistory history, KpiPeriod period)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(period);
        var contracts = Contracts(history, period);
        var invoiced = history.Invoices.Where(i => period.Contains(i.IssuedOn)).ToList();
        var invoiceCurrency = history.Invoices.ToDictionary(i => i.Id, i => i.Currency);
        var collected = history.Payments.Where(p => period.Contains(p.ReceivedOn) && invoiceCurrency.ContainsKey(p.InvoiceId)).ToList();
        var overdue = Overdue(history, period);
        var currencies = contracts.Select(c => c.Currency)
            .Concat(invoiced.Select(i => i.Currency))
            .Concat(collected.Select(p => invoiceCurrency[p.InvoiceId]))
            .Concat(overdue.Select(o => o.Currency))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return currencies.Select(currency => new CurrencyTotals(
                currency,
                contracts.Where(c => c.Currency == currency).Sum(c => c.Amount),
                invoiced.Where(i => i.Currency == currency).Sum(i => i.Amount),
                collected.Where(p => invoiceCurrency[p.InvoiceId] == currency).Sum(p => p.Amount),
                overdue.Where(o => o.Currency == currency).Sum(o => o.Outstanding),
                overdue.Count(o => o.Currency == currency)))
            .ToList();
    }

    public static IEnumerable<Metric> Compute(KpiHistory history, KpiPeriod period, string currency)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(period);
        var contracts = Contracts(history, period).Where(c => c.Currency == currency).ToList();
        var invoices = history.Invoices.Where(i => i.Currency == currency).ToList();
        var invoiced = invoices.Where(i => period.Contains(i.IssuedOn)).ToList();
        var ids = invoices.Select(i => i.Id).ToHashSet();
        var collected = history.Payments.Where(p => ids.Contains(p.InvoiceId) && period.Contains(p.ReceivedOn)).ToList();
        var contracted = contracts.Sum(c => c.Amount);
        var inCurrency = $" ({currency}; other currencies are listed apart, never converted)";

        yield return contracts.Count == 0
            ? Metric.Missing("contracted", "Contracted", MetricUnits.Money, "sum of the contract values signed in the period" + inCurrency, "no contract signed in the period")
            : Metric.Of("contracted", "Contracted", (double)contracted, MetricUnits.Money, "sum of the contract values signed in the period" + inCurrency, contracts.Count);
        yield return invoiced.Count == 0
            ? Metric.Missing("invoiced", "Invoiced", MetricUnits.Money, "sum of the invoices issued in the period" + inCurrency, "no invoice issued in the period")
            : Metric.Of("invoiced", "Invoiced", (double)invoiced.Sum(i => i.Amount), MetricUnits.Money, "sum of the invoices issued in the period" + inCurrency, invoiced.Count);
        yield return collected.Count == 0
            ? Metric.Missing("collected", "Collected", MetricUnits.Money, "sum of the payments received in the period" + inCurrency, "no payment received in the period")
            : Metric.Of("collected", "Collected", (double)collected.Sum(p => p.Amount), MetricUnits.Money, "sum of the payments received in the period" + inCurrency, collected.Count);

        const string noContract = "nothing was contracted in the period";
        yield return contracted == 0
            ? Metric.Missing("collectedToContracted", "Collected ÷ contracted", MetricUnits.Percent, "collected / contracted × 100" + inCurrency, noContract)
            : Metric.Of("collectedToContracted", "Collected ÷ contracted", (double)(collected.Sum(p => p.Amount) / contracted * 100), MetricUnits.Percent, "collected / contracted × 100" + inCurrency, contracts.Count);
        yield return contracted == 0
            ? Metric.Missing("invoicedToContracted", "Invoiced ÷ contracted", MetricUnits.Percent, "invoiced / contracted × 100" + inCurrency, noContract)
            : Metric.Of("invoicedToContracted", "Invoiced ÷ contracted", (double)(invoiced.Sum(i => i.Amount) / contracted * 100), MetricUnits.Percent, "invoiced / contracted × 100" + inCurrency, contracts.Count);

        var overdue = Overdue(history, period).Where(o => o.Currency == currency).ToList();
        var issued = invoices.Count(i => i.IssuedOn <= period.AsOfDate);
        const string overdueFormula = "invoices past their due date and not paid in full at the end of the period (or now, if earlier)";
        yield return issued == 0
            ? Metric.Missing("overdueInvoices", "Overdue invoices", MetricUnits.Count, overdueFormula, "no invoice issued by the end of the period")
            : Metric.Of("overdueInvoices", "Overdue invoices", overdue.Count, MetricUnits.Count, overdueFormula, issued);
        yield return issued == 0
            ? Metric.Missing("overdueAmount", "Overdue amount", MetricUnits.Money, "sum still owed on the overdue invoices" + inCurrency, "no invoice issued by the end of the period")
            : Metric.Of("overdueAmount", "Overdue amount", (double)overdue.Sum(o => o.Outstanding), MetricUnits.Money, "sum still owed on the overdue invoices" + inCurrency, issued);
    }

    /// <summary>Contracts signed in the period: the contract task completed as signed, with the value it recorded.</summary>
    private static List<(string Currency, decimal Amount)> Contracts(KpiHistory history, KpiPeriod period)
    {
        var byId = history.Engagements.ToDictionary(e => e.Id);
        var contracts = new List<(string, decimal)>();
        foreach (var entry in history.Journal)
        {
            if (entry.Kind != JournalEntryKind.TaskCompleted || entry.Outcome != ProcessVocabulary.ContractSigned || !period.Contains(entry.At)
                || !JsonNumbers.TryGetDecimal(entry.Data?["data"]?[ProcessVocabulary.ContractValue], out var amount)
                || !byId.TryGetValue(entry.EngagementId, out var engagement))
                continue;
            var currency = engagement.Variables[ProcessVocabulary.Currency]?.ToString() is { Length: 3 } code ? code.ToUpperInvariant() : "EUR";
            contracts.Add((currency, amount));
        }
        return contracts;
    }

    /// <summary>Invoices past due at the end of the period with what was still owed then (payments received by that day count).</summary>
    private static List<(string Currency, decimal Outstanding)> Overdue(KpiHistory history, KpiPeriod period)
    {
        var day = period.AsOfDate;
        var paid = history.Payments.Where(p => p.ReceivedOn <= day).GroupBy(p => p.InvoiceId).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
        return history.Invoices
            .Where(i => i.IssuedOn <= day && i.DueOn < day)
            .Select(i => (i.Currency, Outstanding: i.Amount - paid.GetValueOrDefault(i.Id)))
            .Where(o => o.Outstanding > 0)
            .ToList();
    }
}
