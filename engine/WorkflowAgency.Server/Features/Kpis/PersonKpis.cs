namespace WorkflowAgency.Server.Features.Kpis;

/// <summary>The KPIs of one account person: the same metrics, over the engagements they own and the tasks they hold.</summary>
internal sealed record PersonKpis(string Owner, string DisplayName, IReadOnlyList<Metric> Metrics);
