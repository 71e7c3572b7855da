using WorkflowAgency.Engine.Steps;

namespace WorkflowAgency.Engine.Model;

/// <summary>A published process definition, compiled for execution. Immutable and shared between engagements.</summary>
public sealed class ProcessDefinition
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public int Version { get; init; }

    public required string StartStageId { get; init; }

    public required IReadOnlyDictionary<string, Stage> Stages { get; init; }

    public required IReadOnlyList<StageTransition> Transitions { get; init; }

    public required IReadOnlyDictionary<string, VariableDefinition> Variables { get; init; }

    public StageTransition? FindTransition(string fromStageId, string outcome) =>
        Transitions.FirstOrDefault(t => t.From == fromStageId && t.On == outcome);

    /// <summary>Finds a step; null when the stage or step does not exist in this version.</summary>
    public Step? FindStep(string stageId, string stepId) =>
        Stages.TryGetValue(stageId, out var stage) && stage.Steps.TryGetValue(stepId, out var step) ? step : null;
}
