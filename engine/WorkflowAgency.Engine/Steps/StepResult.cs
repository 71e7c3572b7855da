using WorkflowAgency.Engine.Model;

namespace WorkflowAgency.Engine.Steps;

/// <summary>What a step did: go on, wait, split, get absorbed by a join, or fail.</summary>
internal abstract record StepResult
{
    public static StepResult Continue(Exit exit) => new Continued(exit);

    public static StepResult WaitOnTask(Guid taskId, DateTime? dueAt) => new Waiting(taskId, IsTask: true, dueAt);

    public static StepResult WaitOn(Guid waitId, DateTime? dueAt) => new Waiting(waitId, IsTask: false, dueAt);

    public static StepResult Fork(IReadOnlyList<string> branches, string joinStepId) => new Forked(branches, joinStepId);

    public static StepResult Fail(string message) => new Failed(message);

    internal sealed record Continued(Exit Exit) : StepResult;

    internal sealed record Waiting(Guid Id, bool IsTask, DateTime? DueAt) : StepResult;

    internal sealed record Forked(IReadOnlyList<string> Branches, string JoinStepId) : StepResult;

    internal sealed record Failed(string Message) : StepResult;
}
