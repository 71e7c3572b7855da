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
internal static partial class Executor
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
                // A waiting step's completion is journalled as the outside event that resumed it (task completed, timer fired…).
                if (!StepTypes.Waiting.Contains(step.Type))
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
