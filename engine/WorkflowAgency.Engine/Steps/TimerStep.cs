using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Steps;

/// <summary>Waits for a duration or until a date; the wait is a durable row, so it survives restarts.</summary>
public sealed class TimerStep : Step
{
    public override string Type => StepTypes.Timer;

    public required TimeSpec At { get; init; }

    public required Exit Exit { get; init; }

    internal override StepResult Execute(StepContext context)
    {
        var dueAt = context.ResolveTime(At, At.Offset is null ? "until" : "duration", out var error);
        if (error is not null)
            return StepResult.Fail(error);
        var wait = context.AddWait(WaitKind.Timer, null, dueAt);
        return StepResult.WaitOn(wait.Id, dueAt);
    }

    internal override StepResult Resume(StepContext context, ResumeEvent resume)
    {
        if (resume is not ResumeEvent.TimeReached)
            return base.Resume(context, resume);
        context.Journal(JournalEntryKind.TimerFired);
        return StepResult.Continue(Exit);
    }
}
