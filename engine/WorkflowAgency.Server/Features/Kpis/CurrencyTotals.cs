namespace WorkflowAgency.Server.Features.Kpis;

/// <summary>Revenue figures in one currency; amounts in different currencies are never added together.</summary>
internal sealed record CurrencyTotals(string Currency, decimal Contracted, decimal Invoiced, decimal Collected, decimal OverdueAmount, int OverdueInvoices);
