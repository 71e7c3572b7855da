using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Tests.Runtime;

/// <summary>
/// A store through which the first task read is followed at once by a rival's completion, before the reader gets
/// the task: the race lost between reading a task and loading its engagement, made to happen every time.
/// </summary>
internal sealed class RivalCompletesAfterTaskRead(IEngagementStore store, Func<Task> rival) : IEngagementStore
{
    private int _raced;

    public async Task<WorkTask?> FindTaskAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var task = await store.FindTaskAsync(id, cancellationToken);
        if (Interlocked.Exchange(ref _raced, 1) == 0)
            await rival();
        return task;
    }

    public Task<Engagement?> FindEngagementAsync(Guid id, CancellationToken cancellationToken = default) => store.FindEngagementAsync(id, cancellationToken);

    public Task<Wait?> FindWaitAsync(Guid id, CancellationToken cancellationToken = default) => store.FindWaitAsync(id, cancellationToken);

    public Task<IReadOnlyList<Wait>> FindWaitsAsync(Guid engagementId, CancellationToken cancellationToken = default) => store.FindWaitsAsync(engagementId, cancellationToken);

    public Task<Incident?> FindIncidentAsync(Guid id, CancellationToken cancellationToken = default) => store.FindIncidentAsync(id, cancellationToken);

    public Task<IReadOnlyList<Wait>> ClaimDueWaitsAsync(DateTime now, DateTime leaseUntil, int limit, CancellationToken cancellationToken = default) =>
        store.ClaimDueWaitsAsync(now, leaseUntil, limit, cancellationToken);

    public Task<CommitResult> CommitAsync(EngagementCommit commit, CancellationToken cancellationToken = default) => store.CommitAsync(commit, cancellationToken);

    public Task<CommitResult> CommitTaskAsync(WorkTask task, int expectedRevision, JournalEntry entry, CancellationToken cancellationToken = default) =>
        store.CommitTaskAsync(task, expectedRevision, entry, cancellationToken);
}
