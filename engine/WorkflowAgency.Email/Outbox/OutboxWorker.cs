using Microsoft.Extensions.Logging;
using WorkflowAgency.Email.Sending;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Email.Outbox;

/// <summary>
/// Sends what the engine put in the outbox: claims due messages (a lease, so several nodes share the work), sends
/// each, and records the outcome: sent; retried later with back-off; or, refused for good or out of attempts,
/// failed with an incident on the engagement that staff can retry once the cause is fixed.
/// </summary>
/// <remarks>
/// A message is only ever in the outbox if its transition committed, and stays there until a send is recorded, so
/// a crash at any point loses nothing. The one gap, a crash between the server accepting a message and the outcome
/// being saved, sends it again when the lease ends, under the same Message-Id.
/// </remarks>
public sealed class OutboxWorker(IOutboxStore store, IEmailSender sender, EmailOptions options, TimeProvider time, ILogger<OutboxWorker> logger)
{
    /// <summary>How many full batches one <see cref="SendDueAsync"/> takes before leaving the rest to the next poll.</summary>
    private const int MaxBatchesPerCall = 10;

    /// <summary>Sends every message due now (up to a bound); returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        for (var batch = 0; batch < MaxBatchesPerCall; batch++)
        {
            var now = Now();
            var leaseEnds = now + options.Lease;
            var claimed = await store.ClaimDueAsync(now, leaseEnds, options.BatchSize, cancellationToken);
            var outlived = false;
            foreach (var message in claimed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // One lease covers the whole batch. A send that could still be running when it ends is left for a later
                // claim: by then another node may have claimed the message, and both would send it.
                if (Now() + SendAllowance >= leaseEnds)
                {
                    outlived = true;
                    break;
                }
                if (await SendAsync(message, cancellationToken))
                    sent++;
            }
            if (outlived || claimed.Count < options.BatchSize)
                break;
        }
        if (sent > 0)
            Log.Sent(logger, sent);
        return sent;
    }

    /// <summary>Sends due messages every <paramref name="pollInterval"/> until cancelled; a failing pass is logged, not fatal.</summary>
    public async Task RunAsync(TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The database or disk may be briefly unavailable; the worker must outlive that.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.PassFailed(logger, exception);
            }

            try
            {
                await Task.Delay(pollInterval, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<bool> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var result = await TrySendAsync(message, cancellationToken);

        // Once the attempt was made, its outcome is recorded even if shutdown has begun: an accepted message left
        // unrecorded would be sent a second time when its lease runs out.
        var record = CancellationToken.None;
        switch (result)
        {
            case Sent sent:
                await store.MarkSentAsync(message.Id, Now(), sent.ServerReply, record);
                return true;
            case TransientFailure transient when message.Attempts < options.MaxAttempts:
                var next = Now() + RetrySchedule.Delay(message.Attempts, options.FirstRetryDelay, options.MaxRetryDelay, Random.Shared.NextDouble());
                Log.WillRetry(logger, message.Id, message.Attempts, next, transient.Reason);
                await store.MarkForRetryAsync(message.Id, next, transient.Reason, record);
                return false;
            default:
                var reason = result is PermanentFailure permanent
                    ? permanent.Reason
                    : $"still failing after {message.Attempts} attempts; last: {((TransientFailure)result).Reason}";
                var incident = EmailIncidents.For(message, reason, Now());
                Log.GaveUp(logger, message.Id, message.Attempts, incident.Id, message.EngagementId, reason);
                await store.MarkFailedAsync(message.Id, reason, incident, record);
                return false;
        }
    }

    private async Task<SendResult> TrySendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var documents = await store.FindDocumentsAsync(message.Attachments, cancellationToken);
            var missing = message.Attachments.Except(documents.Select(d => d.Id)).ToList();
            if (missing.Count > 0)
                return SendResult.Permanent($"the attached document {missing[0]} no longer exists");
            return await sender.SendAsync(OutgoingEmail.FromOutbox(message, documents), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the lease runs out and the message falls due again.
            throw;
        }
#pragma warning disable CA1031 // One message that trips a bug must not stop the others; it is retried, then raises an incident.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.SendCrashed(logger, exception, message.Id);
            return SendResult.Transient($"unexpected {exception.GetType().Name}: {exception.Message}");
        }
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    /// <summary>The longest one send may take: the SMTP timeout (a pickup-folder write is immediate).</summary>
    private TimeSpan SendAllowance => options.UsesSmtp && options.Smtp.Timeout > TimeSpan.Zero ? options.Smtp.Timeout : TimeSpan.Zero;
}
