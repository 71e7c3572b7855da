using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Expressions;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Runtime;

namespace WorkflowAgency.Engine.Steps;

/// <summary>Computes values and stores them in variables, all or none.</summary>
public sealed class SetVariablesStep : Step
{
    public override string Type => StepTypes.SetVariables;

    public required IReadOnlyDictionary<string, ICompiledExpression> Assignments { get; init; }

    public required Exit Exit { get; init; }

    internal override StepResult Execute(StepContext context)
    {
        // Evaluate everything against the data as it was, then apply: a failing expression leaves no half-done set.
        var changes = new JsonObject();
        foreach (var (name, expression) in Assignments)
        {
            var result = context.Evaluate(expression);
            if (!result.Succeeded)
                return StepResult.Fail(context.Failure($"set/{name}", expression, result.Error!));
            changes[name] = result.Value;
        }
        context.SetVariables(changes);
        return StepResult.Continue(Exit);
    }
}
