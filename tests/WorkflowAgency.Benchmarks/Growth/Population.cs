using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Benchmarks.Databases;
using WorkflowAgency.Benchmarks.Engine;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Persistence;

namespace WorkflowAgency.Benchmarks.Growth;

/// <summary>
/// The recipe of a database already holding many engagements, written through the engine's own commit path, whatever
/// the provider; <see cref="PopulatedSqliteFiles"/> and <see cref="PopulatedPostgreSqlDatabases"/> cache the results.
/// </summary>
/// <remarks>
/// Engagement i is owned by <see cref="OwnerOf"/> and has <c>i mod 9</c> of its 8 tasks completed (8: finished), so
/// the stored data is a spread of stages with ≈11 journal lines per engagement (1.1M for 100k). The cache key holds
/// the schema's last migration and a hash of the workload and of this recipe, so a changed schema never reuses an
/// old database.
/// </remarks>
internal static class Population
{
    public const string Workload = "owned-tasks";

    /// <summary>The inbox's user: owner of 1 engagement in 100 (≈900 open tasks at 100k).</summary>
    public const string InboxUser = "account1";

    /// <summary>The HTTP load's user: owner of 1 engagement in 4, so it has open tasks to spare.</summary>
    public const string LoadUser = "account2";

    private const string Recipe = "owners:1/100,1/4,97 others; completed:i%9; v1";

    public static string OwnerOf(int i) =>
        i % 100 == 0 ? InboxUser : i % 4 == 1 ? LoadUser : string.Create(CultureInfo.InvariantCulture, $"account-{i % 97:00}");

    /// <summary>Adds engagements <paramref name="from"/> to <paramref name="to"/> (exclusive) to <paramref name="target"/>, <paramref name="writers"/> at a time.</summary>
    public static async Task AddAsync(DatabaseTarget target, int from, int to, int writers)
    {
        await using var host = await EngineHost.OpenAsync(target, Workload, EngineBenchmark.Workload);
        var next = from - 1;
        var running = Enumerable.Range(0, writers).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < to)
            {
                var owner = OwnerOf(i);
                var actor = Actor.User(owner, "account");
                var engagement = await host.StartAsync(Workload, string.Create(CultureInfo.InvariantCulture, $"Client {i}"), owner);
                for (var done = 0; done < i % 9; done++)
                    await host.CompleteAsync((await host.OpenTaskOfAsync(engagement))!.Value, actor);
                if (i % 10_000 == 0 && i > from)
                    Console.WriteLine($"    {i:N0}");
            }
        });
        await Task.WhenAll(running);
    }

    /// <summary>The cache key for databases of <paramref name="provider"/>: its schema's last migration and the recipe's hash.</summary>
    /// <param name="provider">The persistence provider; its migrations are read from the assembly, no database is opened.</param>
    /// <param name="connectionString">Any connection string the provider accepts; never opened.</param>
    public static async Task<string> KeyAsync(string provider, string connectionString)
    {
        string schema;
        await using (var services = new ServiceCollection().AddPersistence(o =>
                     {
                         o.Provider = provider;
                         o.ConnectionString = connectionString;
                     }).BuildServiceProvider())
        await using (var db = await services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync())
            schema = db.Database.GetMigrations().Last();
        var workload = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Workloads", Workload + ".json"));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(workload + Recipe)))[..8];
        return $"{schema.Split('_')[0]}-{hash}";
    }
}
