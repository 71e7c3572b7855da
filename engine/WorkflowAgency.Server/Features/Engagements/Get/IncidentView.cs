namespace WorkflowAgency.Server.Features.Engagements.Get;

/// <summary>A failed step (or email) and whether someone retried it successfully.</summary>
internal sealed record IncidentView(
    Guid Id, string Stage, string StepId, string Message, DateTime RaisedAt, DateTime? ResolvedAt, string? ResolvedBy, int Attempts, Guid? EmailId);
