using System.Text.Json.Nodes;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Engine.Steps;

namespace WorkflowAgency.Engine.Runtime;

/// <summary>Parallel splits and their joins.</summary>
internal static partial class Executor
{
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
}
