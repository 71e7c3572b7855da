using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Engine.Steps;

namespace WorkflowAgency.Engine.Runtime;

/// <summary>
/// Moves execution pointers through a stage's flowchart until every path waits, and across stages by outcome.
/// Works only in memory on a <see cref="TransitionContext"/>; the caller commits the result.
/// </summary>
internal static class Executor
{
    /// <summary>
    /// A guard against a definition that spins without waiting (validation refuses such loops; this catches what
    /// slips through, e.g. a decision whose condition never changes inside a long cycle).
    /// </summary>
    public const int MaxStepsPerTransition = 1_000;

    public static void Run(TransitionContext tx)
    {
        var executed = 0;
        while (tx.Engagement.Execution.Tokens.Find(t => t.Status == TokenStatus.Ready) is { } token)
        {
            var stage = tx.CurrentStage!;
            if (!stage.Steps.TryGetValue(token.StepId, out var step))
            {
                Fault(tx, token, $"step '{token.StepId}' does not exist in stage '{stage.Id}'");
                continue;
            }
            if (++executed > MaxStepsPerTransition)
            {
                Fault(tx, token, $"more than {MaxStepsPerTransition} steps ran without waiting; the flow loops without a wait");
                break;
            }
            if (step is JoinStep join)
            {
                ArriveAtJoin(tx, token, join);
                continue;
            }
            Apply(tx, token, step, Invoke(step, () => step.Execute(new StepContext(tx, stage, token, step))));
        }
        Settle(tx);
    }

    /// <summary>Continues a waiting path with what it waited for, then runs on.</summary>
    public static void Resume(TransitionContext tx, Token token, Step step, ResumeEvent resume)
    {
        token.Status = TokenStatus.Ready;
        token.TaskId = null;
        token.WaitId = null;
        token.DueAt = null;
        var stage = tx.CurrentStage!;
        Apply(tx, token, step, Invoke(step, () => step.Resume(new StepContext(tx, stage, token, step), resume)));
        Run(tx);
    }

    public static void EnterStage(TransitionContext tx, string stageId)
    {
        var stage = tx.Definition.Stages[stageId];
        tx.Engagement.Stage = stage.Id;
        tx.Engagement.StageEnteredAt = tx.Now;
        tx.Journal(JournalEntryKind.StageEntered, data: new JsonObject { ["name"] = stage.Name });
        tx.Engagement.Execution.Tokens.Add(new Token { Id = tx.NewId(), StepId = stage.StartStepId, Status = TokenStatus.Ready });
    }

    /// <summary>Withdraws every path: open tasks are cancelled and waits removed.</summary>
    public static void WithdrawAll(TransitionContext tx)
    {
        foreach (var token in tx.Engagement.Execution.Tokens)
        {
            if (token.TaskId is { } taskId)
            {
                tx.Commit.CancelledTaskIds.Add(taskId);
                tx.Journal(JournalEntryKind.TaskCancelled, token.StepId, data: new JsonObject { ["task"] = taskId.ToString() });
            }
            if (token.WaitId is { } waitId)
                tx.Commit.RemovedWaitIds.Add(waitId);
            if (token.Status == TokenStatus.Faulted && token.IncidentId is { } incidentId)
            {
                // Nothing is left to retry once the path is gone; an open incident would keep saying otherwise.
                tx.Commit.ClosedIncidentIds.Add(incidentId);
                tx.Journal(JournalEntryKind.IncidentResolved, token.StepId, data: new JsonObject { ["incident"] = incidentId.ToString(), ["reason"] = "withdrawn" }, actor: "system");
            }
        }
        tx.Engagement.Execution.Tokens.Clear();
        tx.Engagement.Execution.Forks.Clear();
    }

    private static StepResult Invoke(Step step, Func<StepResult> action)
    {
        try
        {
            return action();
        }
#pragma warning disable CA1031 // A bug in one step must become an incident on one engagement, not a failed request or a dead worker.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return StepResult.Fail($"{step.Type} step '{step.Id}' ({step.Path}) failed unexpectedly: {ex.Message}");
        }
    }

    private static void Apply(TransitionContext tx, Token token, Step step, StepResult result)
    {
        switch (result)
        {
            case StepResult.Continued continued:
                if (!StepTypes.IsWaiting(step))
                    tx.Journal(JournalEntryKind.StepCompleted, step.Id, continued.Exit.EndOutcome ?? continued.Exit.NextStepId);
                Follow(tx, token, step, continued.Exit);
                break;
            case StepResult.Waiting waiting:
                token.Status = TokenStatus.Waiting;
                token.TaskId = waiting.IsTask ? waiting.Id : null;
                token.WaitId = waiting.IsTask ? null : waiting.Id;
                token.DueAt = waiting.DueAt;
                break;
            case StepResult.Forked forked:
                Fork(tx, token, step, forked);
                break;
            case StepResult.Failed failed:
                Fault(tx, token, failed.Message);
                break;
        }
    }

    private static void Follow(TransitionContext tx, Token token, Step step, Exit exit)
    {
        if (exit.NextStepId is { } next)
        {
            token.StepId = next;
            token.Status = TokenStatus.Ready;
            return;
        }
        EndStage(tx, token, step, exit.EndOutcome!);
    }

    private static void Fork(TransitionContext tx, Token token, Step step, StepResult.Forked forked)
    {
        tx.Journal(JournalEntryKind.StepCompleted, step.Id, data: new JsonObject { ["branches"] = new JsonArray([.. forked.Branches.Select(b => (JsonNode)b)]) });
        var fork = new ForkState { Id = tx.NewId(), JoinStepId = forked.JoinStepId, Expected = forked.Branches.Count };
        var execution = tx.Engagement.Execution;
        execution.Forks.Add(fork);
        execution.Tokens.Remove(token);
        foreach (var branch in forked.Branches)
            execution.Tokens.Add(new Token { Id = tx.NewId(), StepId = branch, Status = TokenStatus.Ready, Forks = [.. token.Forks, fork.Id] });
    }

    private static void ArriveAtJoin(TransitionContext tx, Token token, JoinStep join)
    {
        var execution = tx.Engagement.Execution;
        var fork = token.Forks.Count > 0 ? execution.Forks.Find(f => f.Id == token.Forks[^1] && f.JoinStepId == join.Id) : null;
        if (fork is null)
        {
            // Not part of a split (e.g. a path that reaches the join directly): it simply passes through.
            Apply(tx, token, join, StepResult.Continue(join.Exit));
            return;
        }

        fork.Arrived++;
        if (fork.Arrived < fork.Expected)
        {
            execution.Tokens.Remove(token);
            return;
        }
        execution.Forks.Remove(fork);
        token.Forks.RemoveAt(token.Forks.Count - 1);
        Apply(tx, token, join, StepResult.Continue(join.Exit));
    }

    private static void EndStage(TransitionContext tx, Token ending, Step step, string outcome)
    {
        var stageId = tx.Engagement.Stage!;
        tx.Engagement.Execution.Tokens.Remove(ending);
        WithdrawAll(tx);
        tx.Journal(JournalEntryKind.StageExited, outcome: outcome);

        var transition = tx.Definition.FindTransition(stageId, outcome);
        if (transition is null)
        {
            // Validation refuses this; if it happens anyway the engagement must not silently stop.
            var token = new Token { Id = tx.NewId(), StepId = step.Id, Status = TokenStatus.Ready };
            tx.Engagement.Execution.Tokens.Add(token);
            Fault(tx, token, $"stage '{stageId}' ended with '{outcome}' but no transition leaves it on that outcome");
            return;
        }
        if (transition.To is { } next)
        {
            EnterStage(tx, next);
            return;
        }

        var engagement = tx.Engagement;
        engagement.Status = EngagementStatus.Completed;
        engagement.Result = transition.Finish;
        engagement.CompletedAt = tx.Now;
        tx.Journal(JournalEntryKind.EngagementCompleted, outcome: transition.Finish);
        engagement.Stage = null;
    }

    private static void Fault(TransitionContext tx, Token token, string message)
    {
        token.Status = TokenStatus.Faulted;
        var incident = new Incident
        {
            Id = tx.NewId(),
            EngagementId = tx.Engagement.Id,
            TokenId = token.Id,
            Stage = tx.Engagement.Stage ?? string.Empty,
            StepId = token.StepId,
            Message = message,
            RaisedAt = tx.Now,
        };
        tx.Commit.AddedIncidents.Add(incident);
        token.IncidentId = incident.Id;
        tx.Journal(JournalEntryKind.IncidentRaised, token.StepId, data: new JsonObject { ["incident"] = incident.Id.ToString(), ["message"] = message });
    }

    /// <summary>Works out the status and next due date from where the paths ended up.</summary>
    private static void Settle(TransitionContext tx)
    {
        var engagement = tx.Engagement;
        if (engagement.Status is EngagementStatus.Completed or EngagementStatus.Cancelled)
        {
            engagement.NextDueAt = null;
            return;
        }
        var tokens = engagement.Execution.Tokens;
        engagement.Status = tokens.Exists(t => t.Status == TokenStatus.Faulted) ? EngagementStatus.Faulted : EngagementStatus.Waiting;
        engagement.NextDueAt = tokens.Where(t => t.DueAt is not null).Select(t => t.DueAt).Min();
    }
}
