using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Server.Features.Engagements;

namespace WorkflowAgency.Server.Features.Tasks.Complete;

/// <summary>Reads what a completion answers with: the task, where its engagement went, and the tasks open now.</summary>
/// <remarks>
/// Every read is by id on the engine's row path (prepared statements on pooled connections), not a query: the
/// engagement's waiting paths name the tasks it has open. The answer is read after the commit, so it shows the
/// engagement as it is now even if another transition followed.
/// </remarks>
internal static class CompletionAnswer
{
    public static async Task<CompleteResponse> ReadAsync(IEngagementStore store, Guid taskId, CancellationToken cancellationToken)
    {
        var task = await store.FindTaskAsync(taskId, cancellationToken)
            ?? throw new InvalidOperationException($"Task {taskId} vanished after it was completed.");
        var engagement = await store.FindEngagementAsync(task.EngagementId, cancellationToken)
            ?? throw new InvalidOperationException($"Engagement {task.EngagementId} vanished after its task was completed.");

        // Paths are appended as they are made, so the paths' order breaks ties between tasks one transition made
        // (a split's branches share a timestamp) and the stable sort keeps it.
        var open = new List<WorkTask>();
        foreach (var token in engagement.Execution.Tokens)
        {
            if (token is { Status: TokenStatus.Waiting, TaskId: { } waitingOn }
                && await store.FindTaskAsync(waitingOn, cancellationToken) is { Status: WorkTaskStatus.Open } openTask)
                open.Add(openTask);
        }

        return new CompleteResponse(
            TaskSummary.From(task, engagement),
            new EngagementState(engagement.Id, engagement.Stage, engagement.Status),
            open.OrderBy(t => t.CreatedAt).Select(t => TaskSummary.From(t, engagement)).ToList());
    }
}
