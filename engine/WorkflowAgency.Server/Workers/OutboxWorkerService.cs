using WorkflowAgency.Email;
using WorkflowAgency.Email.Outbox;

namespace WorkflowAgency.Server.Workers;

/// <summary>Runs the Email adapter's <see cref="OutboxWorker"/> for the life of the server: every client email leaves through it.</summary>
internal sealed class OutboxWorkerService(OutboxWorker worker, EmailOptions options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => worker.RunAsync(options.PollInterval, stoppingToken);
}
