using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Server.Configuration;

namespace WorkflowAgency.Server.Workers;

/// <summary>Runs the engine's <see cref="TimerWorker"/> for the life of the server: timers, reminders and link timeouts.</summary>
internal sealed class TimerWorkerService(TimerWorker worker, ServerSettings settings) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        worker.RunAsync(TimeSpan.FromSeconds(settings.Workers.TimerPollSeconds), stoppingToken);
}
