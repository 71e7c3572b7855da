namespace WorkflowAgency.Server.Features.Engagements.Handoff;

internal sealed record ClientRequest(string? Name, string? Company, string? Email, string? Phone);
