namespace WorkflowAgency.Server.Features.Engagements.Cancel;

/// <summary>Why, for the journal.</summary>
internal sealed record CancelRequest(string? Reason);
