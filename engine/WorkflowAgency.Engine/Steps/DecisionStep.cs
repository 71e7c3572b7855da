using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Common;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Runtime;

namespace WorkflowAgency.Engine.Steps;

/// <summary>Takes the first case whose condition holds, or the default.</summary>
public sealed class DecisionStep : Step
{
    public override string Type => StepTypes.Decision;

    public required IReadOnlyList<DecisionCase> Cases { get; init; }

    public required Exit Otherwise { get; init; }

    internal override StepResult Execute(StepContext context)
    {
        for (var i = 0; i < Cases.Count; i++)
        {
            var result = context.Evaluate(Cases[i].When);
            if (!result.Succeeded)
                return StepResult.Fail(context.Failure($"cases/{i}/when", Cases[i].When, result.Error!));
            if (Truthiness.IsTrue(result.Value))
                return StepResult.Continue(Cases[i].Exit);
        }
        return StepResult.Continue(Otherwise);
    }
}
