using System.Text.Json.Nodes;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Engine.Steps;

namespace WorkflowAgency.Engine.Runtime;

/// <summary>Entering and leaving stages: outcome transitions, withdrawing the paths left behind, finishing.</summary>
internal static partial class Executor
{
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
}
