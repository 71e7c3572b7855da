namespace WorkflowAgency.Engine.Model;

/// <summary>Where a path goes after a step: the next step, or out of the stage with an outcome.</summary>
public sealed record Exit(string? NextStepId, string? EndOutcome)
{
    public static Exit ToStep(string stepId) => new(stepId, null);

    public static Exit EndStage(string outcome) => new(null, outcome);

    public override string ToString() => NextStepId is not null ? $"next {NextStepId}" : $"end {EndOutcome}";
}
