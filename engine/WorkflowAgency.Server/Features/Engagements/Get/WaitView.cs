using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Features.Engagements.Get;

/// <summary>What the engagement waits for besides people: a timer, the client, a signal.</summary>
internal sealed record WaitView(Guid Id, WaitKind Kind, string? Name, string Stage, string StepId, DateTime? DueAt, DateTime CreatedAt);
