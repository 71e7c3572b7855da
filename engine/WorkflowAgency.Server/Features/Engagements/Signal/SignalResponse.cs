namespace WorkflowAgency.Server.Features.Engagements.Signal;

internal sealed record SignalResponse(int Delivered, EngagementState Engagement);
