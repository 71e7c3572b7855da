using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Tests.PostgreSql;

/// <summary>The node's real outbox store, counting the messages this node claimed, to show the nodes shared the work.</summary>
internal sealed class CountingOutboxStore(IOutboxStore inner) : IOutboxStore
{
    private int _claimed;

    public int Claimed => Volatile.Read(ref _claimed);

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTime now, DateTime leaseUntil, int limit, CancellationToken cancellationToken = default)
    {
        var claimed = await inner.ClaimDueAsync(now, leaseUntil, limit, cancellationToken);
        Interlocked.Add(ref _claimed, claimed.Count);
        return claimed;
    }

    public Task<IReadOnlyList<StoredDocument>> FindDocumentsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        inner.FindDocumentsAsync(ids, cancellationToken);

    public Task MarkSentAsync(Guid messageId, DateTime sentAt, string? serverReply, CancellationToken cancellationToken = default) =>
        inner.MarkSentAsync(messageId, sentAt, serverReply, cancellationToken);

    public Task MarkForRetryAsync(Guid messageId, DateTime nextAttemptAt, string error, CancellationToken cancellationToken = default) =>
        inner.MarkForRetryAsync(messageId, nextAttemptAt, error, cancellationToken);

    public Task MarkFailedAsync(Guid messageId, string error, Incident incident, CancellationToken cancellationToken = default) =>
        inner.MarkFailedAsync(messageId, error, incident, cancellationToken);

    public Task RequeueAsync(Incident resolved, JournalEntry entry, DateTime now, CancellationToken cancellationToken = default) =>
        inner.RequeueAsync(resolved, entry, now, cancellationToken);
}
