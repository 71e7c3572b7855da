using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine;
using WorkflowAgency.Engine.Definitions.Versions;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence;
using WorkflowAgency.Persistence.Sqlite;
using WorkflowAgency.Templating;

namespace WorkflowAgency.Benchmarks;

/// <summary>
/// The engine end to end on a SQLite file: starting engagements of an 8-task process, then completing the tasks.
/// Only the engine calls are timed; finding the next task id (the inbox's job) is not.
/// </summary>
internal sealed class EngineBenchmark(BenchmarkSettings settings)
{
    private static readonly Actor Account = Actor.User("account1", "account");

    public const string Starts = "engine: engagements started (SQLite)";
    public const string Completions = "engine: task completions (SQLite)";

    /// <summary>One round on a fresh file: starts per second and task completions per second.</summary>
    public async Task<(double Starts, double Completions)> MeasureAsync()
    {
        using var folder = new TempFolder();
        return await RoundAsync(Path.Combine(folder.Path, "engine.db"));
    }

    private async Task<(double Starts, double Completions)> RoundAsync(string path)
    {
        await using var services = new ServiceCollection()
            .AddTemplating()
            .AddPersistence(o => o.ConnectionString = SqliteConnectionStrings.ForFile(path))
            .AddWorkflowEngine()
            .AddLogging()
            .BuildServiceProvider();
        await services.GetRequiredService<IWorkflowDatabase>().MigrateAsync();
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Workloads", "eight-tasks.json"));
        var published = await services.GetRequiredService<DefinitionService>().SaveAndPublishAsync(json, null, Account);
        if (!published.Succeeded)
            throw new InvalidOperationException(published.Error!.ToString());
        var engine = services.GetRequiredService<WorkflowEngine>();
        var contexts = services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>();

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < settings.Engagements; i++)
        {
            var result = await engine.StartAsync(new StartEngagement { DefinitionId = "eight-tasks", Client = new ClientInfo($"Client {i}") }, Account);
            if (!result.Succeeded)
                throw new InvalidOperationException(result.Error!.ToString());
        }
        var starts = settings.Engagements / clock.Elapsed.TotalSeconds;

        var completed = 0;
        var timed = TimeSpan.Zero;
        for (var step = 1; step <= 7; step++)
        {
            List<Guid> open;
            await using (var db = await contexts.CreateDbContextAsync())
                open = await db.Tasks.Where(t => t.Status == WorkTaskStatus.Open).Select(t => t.Id).ToListAsync();

            clock.Restart();
            foreach (var task in open)
            {
                var result = await engine.CompleteTaskAsync(task, null, null, Account);
                if (!result.Succeeded)
                    throw new InvalidOperationException(result.Error!.ToString());
                completed++;
            }
            timed += clock.Elapsed;
        }
        return (starts, completed / timed.TotalSeconds);
    }
}
