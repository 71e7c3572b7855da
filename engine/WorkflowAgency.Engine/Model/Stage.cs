using WorkflowAgency.Engine.Steps;

namespace WorkflowAgency.Engine.Model;

/// <summary>A stage of the process: its own flowchart of steps, ended by an outcome.</summary>
public sealed class Stage
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string StartStepId { get; init; }

    public required IReadOnlyDictionary<string, Step> Steps { get; init; }

    /// <summary>Email templates the client is sent when the engagement enters this stage.</summary>
    public IReadOnlyList<string> EntryEmails { get; init; } = [];
}
