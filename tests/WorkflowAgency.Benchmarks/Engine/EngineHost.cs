using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Benchmarks.Databases;
using WorkflowAgency.Engine;
using WorkflowAgency.Engine.Definitions.Versions;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Persistence;
using WorkflowAgency.Templating;

namespace WorkflowAgency.Benchmarks.Engine;

/// <summary>The engine as the server composes it (templating, persistence, engine), on one database, migrated, with the workloads published.</summary>
internal sealed class EngineHost : IAsyncDisposable
{
    public static readonly Actor Account = Actor.User("account1", "account");

    private readonly ServiceProvider _services;

    private EngineHost(ServiceProvider services) => _services = services;

    public WorkflowEngine Engine => _services.GetRequiredService<WorkflowEngine>();

    public IEngagementStore Engagements => _services.GetRequiredService<IEngagementStore>();

    public IDbContextFactory<WorkflowDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>();

    /// <summary>Migrates <paramref name="target"/> and publishes each workload the database does not have yet.</summary>
    public static async Task<EngineHost> OpenAsync(DatabaseTarget target, params string[] workloads)
    {
        var services = new ServiceCollection()
            .AddTemplating()
            .AddPersistence(o =>
            {
                o.Provider = target.Provider;
                o.ConnectionString = target.ConnectionString;
            })
            .AddWorkflowEngine()
            .AddLogging()
            .BuildServiceProvider();
        try
        {
            await services.GetRequiredService<IWorkflowDatabase>().MigrateAsync();
            var definitions = services.GetRequiredService<IDefinitionStore>();
            foreach (var workload in workloads)
            {
                if (await definitions.FindLatestPublishedVersionAsync(workload) is not null)
                    continue;
                var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Workloads", workload + ".json"));
                var published = await services.GetRequiredService<DefinitionService>().SaveAndPublishAsync(json, null, Account);
                if (!published.Succeeded)
                    throw new InvalidOperationException(published.Error!.ToString());
            }

            return new EngineHost(services);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts one engagement; an engine error is a harness failure.</summary>
    public async Task<Guid> StartAsync(string workload, string client, string? owner = null)
    {
        var started = await Engine.StartAsync(new StartEngagement { DefinitionId = workload, Client = new ClientInfo(client), Owner = owner }, Account);
        return started.Succeeded ? started.Value : throw new InvalidOperationException(started.Error!.ToString());
    }

    /// <summary>Completes one task as <paramref name="actor"/>; an engine error is a harness failure.</summary>
    public async Task CompleteAsync(Guid task, Actor actor)
    {
        var completed = await Engine.CompleteTaskAsync(task, null, null, actor);
        if (!completed.Succeeded)
            throw new InvalidOperationException(completed.Error!.ToString());
    }

    /// <summary>The task the engagement waits on, read by id on the engine's own row path (not timed where it is used).</summary>
    public async Task<Guid?> OpenTaskOfAsync(Guid engagement) =>
        (await Engagements.FindEngagementAsync(engagement))?.Execution.Tokens.FirstOrDefault(t => t.TaskId is not null)?.TaskId;

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
