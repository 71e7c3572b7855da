namespace WorkflowAgency.Server.Features.Kpis;

/// <summary>Open and overdue tasks of one person (or <c>group:x</c> for a group's unclaimed tasks) at the end of the period.</summary>
internal sealed record TaskLoad(string Person, int Open, int Overdue);
