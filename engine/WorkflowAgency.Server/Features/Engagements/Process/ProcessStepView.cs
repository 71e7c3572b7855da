namespace WorkflowAgency.Server.Features.Engagements.Process;

/// <summary>A step of a stage: its type and its display name, if it has one (titles are templates, not names).</summary>
internal sealed record ProcessStepView(string Id, string Type, string? Name);
