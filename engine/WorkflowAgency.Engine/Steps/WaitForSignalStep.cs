using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Steps;

/// <summary>
/// Waits for a named signal from another system (e.g. <c>payment-received</c> from accounting), with an
/// optional timeout. The signal's data is stored in the variable of the same name.
/// </summary>
public sealed class WaitForSignalStep : Step
{
    public override string Type => StepTypes.WaitForSignal;

    public required string Signal { get; init; }

    public required Exit Exit { get; init; }

    public TimeSpec? Timeout { get; init; }

    public Exit? OnTimeout { get; init; }

    internal override StepResult Execute(StepContext context)
    {
        var dueAt = context.ResolveTime(Timeout, "timeout", out var error);
        if (error is not null)
            return StepResult.Fail(error);
        var wait = context.AddWait(WaitKind.Signal, Signal, dueAt);
        return StepResult.WaitOn(wait.Id, dueAt);
    }

    internal override StepResult Resume(StepContext context, ResumeEvent resume)
    {
        switch (resume)
        {
            case ResumeEvent.SignalReceived signal:
                context.SetVariables(new JsonObject { [Signal] = signal.Data.DeepClone() });
                return StepResult.Continue(Exit);
            case ResumeEvent.TimeReached when OnTimeout is not null:
                context.Journal(JournalEntryKind.TimerFired, outcome: "timeout");
                return StepResult.Continue(OnTimeout);
            default:
                return base.Resume(context, resume);
        }
    }
}
