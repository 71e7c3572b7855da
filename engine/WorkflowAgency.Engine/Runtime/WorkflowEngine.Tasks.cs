using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Forms;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Engine.Steps;

namespace WorkflowAgency.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Completes a task with an outcome and form data: the data is validated against the task's form, merged
    /// into the engagement's variables, and the engagement runs on until it waits again.
    /// </summary>
    public async Task<EngineResult<bool>> CompleteTaskAsync(Guid taskId, string? outcome, JsonObject? data, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (found, closed) = await FindOpenTaskAsync(taskId, cancellationToken);
        if (closed is not null)
            return closed;
        var task = found!;
        if (!MayWork(task, actor))
            return EngineError.Forbidden(task.ClaimedBy is { } claimer && claimer != actor.Name
                ? $"task {taskId} is claimed by {claimer}"
                : $"task {taskId} is not assigned to {actor.Name} or their groups");

        var (engagement, transition, error) = await OpenAsync(task.EngagementId, actor, cancellationToken);
        if (error is not null)
            return error;
        if (transition!.Definition.FindStep(task.Stage, task.StepId) is not HumanTaskStep step)
            return EngineError.Conflict($"task {taskId} belongs to step '{task.StepId}', which is not a human task in this version");
        var token = engagement!.Execution.Tokens.Find(t => t.TaskId == task.Id);
        if (token is null)
        {
            // Completed (or withdrawn) by someone else between reading the task and its engagement: say who, as the
            // loser of a race told a moment later would hear, rather than something only the engine understands.
            var (_, closedSince) = await FindOpenTaskAsync(taskId, cancellationToken);
            return closedSince ?? EngineError.Conflict($"task {taskId} is no longer waited on");
        }

        outcome = string.IsNullOrWhiteSpace(outcome) && step.Outcomes.Count <= 1 ? step.OutcomeNames.First() : outcome;
        if (outcome is null || !step.OutcomeNames.Contains(outcome))
            return EngineError.Invalid(
                $"'{outcome}' is not an outcome of this task",
                new Dictionary<string, string[]> { ["outcome"] = [$"Choose one of: {string.Join(", ", step.OutcomeNames)}"] });

        var form = FormValidation.Validate(step.Form, data);
        if (!form.IsValid)
            return EngineError.Invalid("The form has errors", form.Errors);

        var revision = task.Revision;
        task.Status = WorkTaskStatus.Completed;
        task.CompletedAt = transition.Now;
        task.CompletedBy = actor.Name;
        task.ClaimedBy ??= actor.Name;
        task.Outcome = outcome;
        task.Data = form.Values;
        transition.Commit.UpdatedTasks.Add(task);
        transition.Commit.TaskRevisions[task.Id] = revision;

        transition.Journal(JournalEntryKind.TaskCompleted, step.Id, outcome, new JsonObject { ["task"] = task.Id.ToString(), ["data"] = form.Values.DeepClone() });
        transition.SetVariables(form.Values, step.Id);
        Executor.Resume(transition, token, step, new ResumeEvent.TaskCompleted(outcome));
        return await CommitAsync(transition, cancellationToken) ?? EngineResult<bool>.Success(true);
    }

    /// <summary>Takes a group task: from now on only the claimer (or a supervisor) may complete it.</summary>
    public Task<EngineResult<bool>> ClaimTaskAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeTaskAsync(taskId, actor, JournalEntryKind.TaskClaimed, task =>
        {
            if (task.ClaimedBy is { } claimer)
                return claimer == actor.Name ? null : EngineError.Conflict($"task {taskId} is already claimed by {claimer}");
            if (!MayWork(task, actor))
                return EngineError.Forbidden($"task {taskId} is not offered to {actor.Name} or their groups");
            task.ClaimedBy = actor.Name;
            return null;
        }, null, cancellationToken);

    /// <summary>Gives a claimed task back to its group.</summary>
    public Task<EngineResult<bool>> ReleaseTaskAsync(Guid taskId, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeTaskAsync(taskId, actor, JournalEntryKind.TaskReleased, task =>
        {
            if (task.ClaimedBy is null)
                return EngineError.Conflict($"task {taskId} is not claimed");
            if (task.ClaimedBy != actor.Name && !actor.Supervises)
                return EngineError.Forbidden($"task {taskId} is claimed by {task.ClaimedBy}");
            task.ClaimedBy = null;
            return null;
        }, null, cancellationToken);

    /// <summary>Hands a task to another person (<c>user</c>) or group (<c>role:x</c>, <c>group:x</c>).</summary>
    public Task<EngineResult<bool>> ReassignTaskAsync(Guid taskId, string assignee, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeTaskAsync(taskId, actor, JournalEntryKind.TaskReassigned, task =>
        {
            if (Assignment.Parse(assignee) is not { } target)
                return EngineError.Invalid("Say who to reassign the task to", new Dictionary<string, string[]> { ["user"] = ["required"] });
            if (!actor.Supervises && task.ClaimedBy != actor.Name && task.AssigneeUser != actor.Name)
                return EngineError.Forbidden($"only the task's assignee or a manager may reassign task {taskId}");
            task.AssigneeUser = target.User;
            task.AssigneeGroup = target.Group;
            task.ClaimedBy = null;
            return null;
        }, new JsonObject { ["to"] = assignee }, cancellationToken);

    private async Task<EngineResult<bool>> ChangeTaskAsync(
        Guid taskId, Actor actor, JournalEntryKind kind, Func<WorkTask, EngineError?> change, JsonObject? data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (task, closed) = await FindOpenTaskAsync(taskId, cancellationToken);
        if (closed is not null)
            return closed;
        var revision = task!.Revision;
        if (change(task) is { } error)
            return error;

        var entry = new JournalEntry
        {
            EngagementId = task.EngagementId,
            At = Now(),
            Kind = kind,
            Stage = task.Stage,
            StepId = task.StepId,
            Actor = actor.Name,
            Data = new JsonObject { ["task"] = task.Id.ToString() },
        };
        foreach (var (key, value) in data ?? [])
            entry.Data[key] = value?.DeepClone();
        var result = await engagements.CommitTaskAsync(task, revision, entry, cancellationToken);
        return result == CommitResult.Conflict
            ? EngineError.Conflict($"task {taskId} was changed by someone else at the same time; reload and try again")
            : EngineResult<bool>.Success(true);
    }

    /// <summary>The task, or why it cannot be worked on: it does not exist, was completed, or was withdrawn.</summary>
    private async Task<(WorkTask? Task, EngineError? Error)> FindOpenTaskAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var task = await engagements.FindTaskAsync(taskId, cancellationToken);
        return task?.Status switch
        {
            null => (null, EngineError.NotFound($"task {taskId} does not exist")),
            WorkTaskStatus.Completed => (task, EngineError.Conflict($"task {task.Id} was already completed by {task.CompletedBy} at {task.CompletedAt:u}")),
            WorkTaskStatus.Cancelled => (task, EngineError.Conflict($"task {task.Id} was withdrawn")),
            _ => (task, null),
        };
    }

    /// <summary>Whether <paramref name="actor"/> may work on the task: it is theirs, their group's and unclaimed, or they supervise.</summary>
    public static bool MayWork(WorkTask task, Actor actor) =>
        task is not null && actor is not null
        && (actor.Supervises
        || task.ClaimedBy == actor.Name
        || (task.ClaimedBy is null && (task.AssigneeUser == actor.Name || actor.IsIn(task.AssigneeGroup))));
}
