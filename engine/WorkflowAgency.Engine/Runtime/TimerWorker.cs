using Microsoft.Extensions.Logging;
using WorkflowAgency.Engine.Ports;

namespace WorkflowAgency.Engine.Runtime;

/// <summary>
/// Fires due timers and timeouts. Polls the indexed due-time column, so waits that fell due while the
/// server was down fire on the first poll after start, once each. Each batch is leased first, so workers on
/// several nodes share the due waits instead of racing for the same ones.
/// </summary>
public sealed class TimerWorker(WorkflowEngine engine, IEngagementStore store, TimeProvider time, ILogger<TimerWorker> logger)
{
    private const int BatchSize = 100;

    /// <summary>
    /// How long a claimed batch is this worker's alone. Firing a batch takes milliseconds per wait; the lease only
    /// matters when the node dies mid-batch, and then its waits fire elsewhere this long after.
    /// </summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Firing can make new waits due at once (a timer whose date already passed); those are fired in the same
    /// call, but only this many batches, so a flow of zero-length timers cannot hold the worker for ever.
    /// </summary>
    private const int MaxBatchesPerCall = 20;

    /// <summary>Fires everything due now; returns how many fired.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken = default)
    {
        var fired = 0;
        for (var batch = 0; batch < MaxBatchesPerCall; batch++)
        {
            // Claimed, not just read: with several nodes polling, each due wait is fired by one of them.
            var now = time.GetUtcNow().UtcDateTime;
            var due = await store.ClaimDueWaitsAsync(now, now + Lease, BatchSize, cancellationToken);
            var firedInBatch = 0;
            foreach (var wait in due)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await FireAsync(wait.Id, cancellationToken))
                    firedInBatch++;
            }
            fired += firedInBatch;
            // A batch where nothing fired means the rest are being handled elsewhere (or keep failing): stop spinning.
            if (firedInBatch == 0)
                break;
        }
        if (fired > 0)
            Log.TimersFired(logger, fired);
        return fired;
    }

    /// <summary>Polls until cancelled.</summary>
    public async Task RunAsync(TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await FireDueAsync(cancellationToken);
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

    private async Task<bool> FireAsync(Guid waitId, CancellationToken cancellationToken)
    {
        // A conflict means someone acted on the engagement at the same moment; the wait is still there, so try again.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                var result = await engine.FireDueWaitAsync(waitId, cancellationToken);
                if (result.Succeeded)
                    return true;
                if (result.Error!.Kind != ErrorKind.Conflict)
                    return false;
            }
#pragma warning disable CA1031 // One broken wait (e.g. a storage hiccup) must not stop the worker firing the others.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                Log.TimerFailed(logger, ex, waitId);
                return false;
            }
        }
        return false;
    }
}
