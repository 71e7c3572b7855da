namespace WorkflowAgency.Server.Features.Kpis;

/// <summary>The answer of <c>GET /api/kpis</c>: the period, the metrics over everything in scope, and the same per person.</summary>
internal sealed record KpiReport(
    DateTime From,
    DateTime To,
    string? Owner,
    DateTime GeneratedAt,
    string Currency,
    string BusinessHours,
    IReadOnlyList<Metric> Metrics,
    IReadOnlyList<TaskLoad> Tasks,
    IReadOnlyList<CurrencyTotals> Currencies,
    IReadOnlyList<PersonKpis> People);
