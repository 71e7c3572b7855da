using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Runtime;

namespace WorkflowAgency.Engine.Steps;

/// <summary>Waits until every branch of its parallel split has arrived, then goes on as one path.</summary>
/// <remarks>The counting lives in the executor, which owns the execution pointers; this step only says where to go.</remarks>
public sealed class JoinStep : Step
{
    public override string Type => StepTypes.Join;

    public required Exit Exit { get; init; }

    internal override StepResult Execute(StepContext context) => StepResult.Continue(Exit);
}
