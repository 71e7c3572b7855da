namespace WorkflowAgency.Server.Features.Engagements.Process;

/// <summary>A step of a stage: its type and the name people know it by.</summary>
internal sealed record ProcessStepView(string Id, string Type, string? Name);
