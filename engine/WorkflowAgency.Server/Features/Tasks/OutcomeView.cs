namespace WorkflowAgency.Server.Features.Tasks;

/// <summary>A button that completes the task.</summary>
internal sealed record OutcomeView(string Name, string Label);
