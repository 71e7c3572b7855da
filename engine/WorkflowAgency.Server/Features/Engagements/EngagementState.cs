using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Features.Engagements;

/// <summary>Where an engagement is after a command.</summary>
internal sealed record EngagementState(Guid Id, string? Stage, EngagementStatus Status);
