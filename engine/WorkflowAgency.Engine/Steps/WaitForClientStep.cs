using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Steps;

/// <summary>
/// Waits for the client to answer through a link (accept, ask for changes…), with an optional timeout.
/// The answer is stored in the variable named by <see cref="Purpose"/>.
/// </summary>
public sealed class WaitForClientStep : Step
{
    public override string Type => StepTypes.WaitForClient;

    /// <summary>What the client is asked, e.g. <c>proposal-response</c>; also the variable holding the answer.</summary>
    public required string Purpose { get; init; }

    public required IReadOnlyList<Choice> Responses { get; init; }

    public TimeSpec? Timeout { get; init; }

    public Exit? OnTimeout { get; init; }

    internal override StepResult Execute(StepContext context)
    {
        var dueAt = context.ResolveTime(Timeout, "timeout", out var error);
        if (error is not null)
            return StepResult.Fail(error);
        var wait = context.AddWait(WaitKind.ClientResponse, Purpose, dueAt);
        return StepResult.WaitOn(wait.Id, dueAt);
    }

    internal override StepResult Resume(StepContext context, ResumeEvent resume)
    {
        switch (resume)
        {
            case ResumeEvent.ClientResponded answered:
                var choice = Responses.FirstOrDefault(r => r.Name == answered.Response);
                if (choice is null)
                    return StepResult.Fail($"{Type} step '{Id}' has no response '{answered.Response}'");
                context.SetVariables(new JsonObject
                {
                    [Purpose] = new JsonObject
                    {
                        ["response"] = answered.Response,
                        ["data"] = answered.Data.DeepClone(),
                        ["at"] = context.Now.ToString("O"),
                    },
                });
                return StepResult.Continue(choice.Exit);
            case ResumeEvent.TimeReached when OnTimeout is not null:
                context.Journal(JournalEntryKind.TimerFired, outcome: "timeout");
                return StepResult.Continue(OnTimeout);
            default:
                return base.Resume(context, resume);
        }
    }
}
