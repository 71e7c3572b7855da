using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Persistence;
using WorkflowAgency.Persistence.Tests.Infrastructure;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Tests.PostgreSql;

/// <summary>
/// Nodes deployed together start together: on an empty database they must not collide while one of them migrates it,
/// publishes the shipped definitions and creates the demo users.
/// </summary>
public sealed class ConcurrentStartupTests
{
    private const int Nodes = 3;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task three_nodes_starting_at_once_on_an_empty_database_all_become_healthy_and_seed_it_once()
    {
        var connectionString = await PostgreSqlServer.CreateDatabaseAsync("workflow_startup", Ct);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var nodes = Enumerable.Range(0, Nodes).Select(_ => new NodeFactory(connectionString, smtpPort: 25, workers: false, key)).ToList();
        try
        {
            await StartTogetherAsync(nodes);

            foreach (var node in nodes)
                (await node.CreateClient().GetAsync("/health", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

            var versions = await QueryAsync(nodes[0].Services, (WorkflowDbContext db) =>
                db.DefinitionVersions.Where(v => v.DefinitionId == "client-engagement").Select(v => v.Version).ToListAsync(Ct));
            versions.ShouldBe([1], "the shipped process was published once");
            var users = await QueryAsync(nodes[0].Services, (ServerDbContext db) => db.Users.Select(u => u.UserName).ToListAsync(Ct));
            users.ShouldBe(DemoUser.All.Select(u => u.UserName), ignoreOrder: true, "each demo user was created once");
            nodes.SelectMany(n => n.Errors.Entries).ShouldBeEmpty();
        }
        finally
        {
            foreach (var node in nodes)
                await node.DisposeAsync();
            await PostgreSqlServer.DropDatabaseAsync(connectionString);
        }
    }

    // Each node on a thread of its own, released at the same moment: WebApplicationFactory starts its server
    // synchronously on first use, and the thread pool would otherwise stagger the starts.
    private static async Task StartTogetherAsync(List<NodeFactory> nodes)
    {
        using var gate = new Barrier(nodes.Count);
        var starts = nodes.Select(node => Task.Factory.StartNew(
            () =>
            {
                gate.SignalAndWait(Ct);
                _ = node.Services;
            },
            Ct,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default));
        await Task.WhenAll(starts);
    }

    private static async Task<T> QueryAsync<TContext, T>(IServiceProvider services, Func<TContext, Task<T>> query)
        where TContext : DbContext
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(Ct);
        return await query(db);
    }
}
