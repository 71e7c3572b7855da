namespace WorkflowAgency.Server.Features.Engagements.Handoff;

internal sealed record HandoffResponse(Guid Id);
