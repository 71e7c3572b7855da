using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Ports;

/// <summary>Durable storage of engagements and everything that hangs off them.</summary>
/// <remarks>
/// Reads return detached copies: the engine changes them in memory and hands every change of one
/// transition to <see cref="CommitAsync"/>, which writes it in a single transaction or not at all.
/// </remarks>
public interface IEngagementStore
{
    Task<Engagement?> FindEngagementAsync(Guid id, CancellationToken cancellationToken = default);

    Task<WorkTask?> FindTaskAsync(Guid id, CancellationToken cancellationToken = default);

    Task<Wait?> FindWaitAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Waits of one engagement, e.g. to deliver a named signal.</summary>
    Task<IReadOnlyList<Wait>> FindWaitsAsync(Guid engagementId, CancellationToken cancellationToken = default);

    Task<Incident?> FindIncidentAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Leases up to <paramref name="limit"/> waits due at <paramref name="now"/> that nobody holds (or whose lease ran
    /// out) until <paramref name="leaseUntil"/>, earliest first: the waits this worker fires, which no other worker
    /// claiming at the same time gets.
    /// </summary>
    Task<IReadOnlyList<Wait>> ClaimDueWaitsAsync(DateTime now, DateTime leaseUntil, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes one transition atomically. Returns <see cref="CommitResult.Conflict"/> and writes nothing when the
    /// engagement (or a task being updated) changed since it was read.
    /// </summary>
    Task<CommitResult> CommitAsync(EngagementCommit commit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a change to one task that does not move the engagement (claim, release, reassign) with its
    /// journal line; <see cref="CommitResult.Conflict"/> when the task changed since it was read.
    /// </summary>
    Task<CommitResult> CommitTaskAsync(WorkTask task, int expectedRevision, JournalEntry entry, CancellationToken cancellationToken = default);
}
