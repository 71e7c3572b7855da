using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Ports;

/// <summary>The outbox as the email worker sees it: claim what is due, then record how sending went.</summary>
/// <remarks>
/// Claiming is a lease, not a lock: a claimed message's <see cref="OutboxMessage.NextAttemptAt"/> moves to the end
/// of the lease, so other workers (other server nodes) skip it, and if this worker dies the message simply falls
/// due again when the lease ends. Nothing is ever lost; at worst a message is sent twice with the same Message-Id.
/// </remarks>
public interface IOutboxStore
{
    /// <summary>Leases up to <paramref name="limit"/> pending messages due at <paramref name="now"/> until <paramref name="leaseUntil"/>, counting an attempt on each.</summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTime now, DateTime leaseUntil, int limit, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredDocument>> FindDocumentsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>Records the send (time and server reply), marks attached documents as sent, and journals it.</summary>
    Task MarkSentAsync(Guid messageId, DateTime sentAt, string? serverReply, CancellationToken cancellationToken = default);

    /// <summary>Puts the message back in the queue for <paramref name="nextAttemptAt"/> after a temporary failure.</summary>
    Task MarkForRetryAsync(Guid messageId, DateTime nextAttemptAt, string error, CancellationToken cancellationToken = default);

    /// <summary>Gives up on the message for good and raises <paramref name="incident"/> on its engagement, in one transaction.</summary>
    Task MarkFailedAsync(Guid messageId, string error, Incident incident, CancellationToken cancellationToken = default);

    /// <summary>
    /// Retries an email incident after its cause was fixed: queues the message again for <paramref name="now"/> and saves
    /// the resolved incident with its journal line, in one transaction.
    /// </summary>
    Task RequeueAsync(Incident resolved, JournalEntry entry, DateTime now, CancellationToken cancellationToken = default);
}
