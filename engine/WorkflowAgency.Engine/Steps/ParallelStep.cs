using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Runtime;

namespace WorkflowAgency.Engine.Steps;

/// <summary>Starts several branches at once (Creative, Planning, Production); they meet again at <see cref="JoinStepId"/>.</summary>
public sealed class ParallelStep : Step
{
    public override string Type => StepTypes.Parallel;

    public required IReadOnlyList<string> Branches { get; init; }

    public required string JoinStepId { get; init; }

    internal override StepResult Execute(StepContext context) => StepResult.Fork(Branches, JoinStepId);
}
