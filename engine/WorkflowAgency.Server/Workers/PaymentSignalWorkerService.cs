using WorkflowAgency.Server.Configuration;
using WorkflowAgency.Server.Features.Payments;

namespace WorkflowAgency.Server.Workers;

/// <summary>
/// Retries <c>payment_received</c> signals that could not be delivered when the payment was recorded: the server
/// stopped in between, or the process was not waiting yet.
/// </summary>
internal sealed partial class PaymentSignalWorkerService(PaymentSignals signals, ServerSettings settings, TimeProvider time, ILogger<PaymentSignalWorkerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(settings.Workers.TimerPollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signals.DeliverPendingAsync(stoppingToken);
            }
#pragma warning disable CA1031 // A storage hiccup must not stop the worker; the rows are still there for the next round.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
            }
            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering payment signals failed; trying again on the next round")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
