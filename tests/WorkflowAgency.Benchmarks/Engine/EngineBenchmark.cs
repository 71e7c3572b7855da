using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Benchmarks.Databases;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Benchmarks.Engine;

/// <summary>
/// The engine end to end on one database: starting engagements of an 8-task process, then completing the tasks.
/// Only the engine calls are timed; finding the next task ids (the inbox's job) is not.
/// </summary>
internal sealed class EngineBenchmark(BenchmarkSettings settings)
{
    public const string Workload = "eight-tasks";

    /// <summary>Starts per second and task completions per second on <paramref name="target"/>, empty or already holding engagements.</summary>
    public async Task<(Rate Starts, Rate Completions)> MeasureAsync(DatabaseTarget target)
    {
        await using var host = await EngineHost.OpenAsync(target, Workload);

        var clock = new Clock();
        clock.Start();
        for (var i = 0; i < settings.Engagements; i++)
            await host.StartAsync(Workload, $"Client {i}");
        clock.Stop();
        var starts = clock.RateOf(settings.Engagements);

        var completed = 0;
        clock = new Clock();
        for (var step = 1; step <= 7; step++)
        {
            // The workload's tasks are the only ones offered to the account group, whatever else the database holds.
            List<Guid> open;
            await using (var db = await host.Contexts.CreateDbContextAsync())
                open = await db.Tasks.Where(t => t.Status == WorkTaskStatus.Open && t.AssigneeGroup == "account").Select(t => t.Id).ToListAsync();

            clock.Start();
            foreach (var task in open)
                await host.CompleteAsync(task, EngineHost.Account);
            clock.Stop();
            completed += open.Count;
        }

        return (starts, clock.RateOf(completed));
    }
}
