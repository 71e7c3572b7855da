using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;

namespace WorkflowAgency.Benchmarks.Peer;

/// <summary>
/// WorkflowCore 3.22.0 running the same shape as the engine round — start N instances of eight steps that each wait
/// for an external event, then publish the events step by step — on its default in-memory persistence and queue.
/// </summary>
/// <remarks>
/// As in the engine round, step k's events are only published once every instance waits at step k (the inbox's
/// job), and only the time from publishing to every instance having consumed them is counted.
/// </remarks>
internal sealed class WorkflowCoreBenchmark(BenchmarkSettings settings)
{
    /// <summary>Instances started per second and events consumed per second.</summary>
    public async Task<(double Starts, double Events)> MeasureAsync()
    {
        var progress = new Progress();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddWorkflow()
            .BuildServiceProvider();
        var host = services.GetRequiredService<IWorkflowHost>();
        services.GetRequiredService<IWorkflowRegistry>().RegisterWorkflow(new EightWaitsWorkflow(progress));
        await host.StartAsync(CancellationToken.None);
        try
        {
            var count = settings.Engagements;
            var keys = Enumerable.Range(0, count).Select(i => $"instance-{i}").ToArray();
            var clock = Stopwatch.StartNew();
            foreach (var key in keys)
                await host.StartWorkflow("eight-waits", 1, new EightWaitsData { Key = key });
            await progress.WaitAsync(0, count);
            var starts = count / clock.Elapsed.TotalSeconds;

            var timed = TimeSpan.Zero;
            for (var step = 1; step <= EightWaitsWorkflow.Steps; step++)
            {
                clock.Restart();
                foreach (var key in keys)
                    await host.PublishEvent(EightWaitsWorkflow.EventName(step), key, null);
                await progress.WaitAsync(step, count);
                timed += clock.Elapsed;
            }

            return (starts, count * EightWaitsWorkflow.Steps / timed.TotalSeconds);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
