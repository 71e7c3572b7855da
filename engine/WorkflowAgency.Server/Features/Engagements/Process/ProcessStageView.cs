namespace WorkflowAgency.Server.Features.Engagements.Process;

/// <summary>A stage and its steps in order of the definition.</summary>
internal sealed record ProcessStageView(string Id, string Name, string? Description, string? Start, IReadOnlyList<ProcessStepView> Steps);
