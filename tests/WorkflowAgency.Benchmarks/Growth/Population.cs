using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Benchmarks.Databases;
using WorkflowAgency.Benchmarks.Engine;
using WorkflowAgency.Engine.Runtime;

namespace WorkflowAgency.Benchmarks.Growth;

/// <summary>
/// SQLite files already holding many engagements, made through the engine's own commit path and cached between
/// runs in a temp folder, so only the first run (or a schema change) pays for them.
/// </summary>
/// <remarks>
/// Engagement i is owned by <see cref="OwnerOf"/> and has <c>i mod 9</c> of its 8 tasks completed (8: finished), so
/// the stored data is a spread of stages with ≈11 journal lines per engagement (1.1M for 100k). A bigger file is
/// grown from the biggest smaller one already cached. The cache key holds the schema's last migration and a hash of
/// the workload and of this recipe, so a changed schema never reuses an old file.
/// </remarks>
internal sealed class Population(string cacheFolder)
{
    public const string Workload = "owned-tasks";

    /// <summary>The inbox's user: owner of 1 engagement in 100 (≈900 open tasks at 100k).</summary>
    public const string InboxUser = "account1";

    /// <summary>The HTTP load's user: owner of 1 engagement in 4, so it has open tasks to spare.</summary>
    public const string LoadUser = "account2";

    private const string Recipe = "owners:1/100,1/4,97 others; completed:i%9; v1";
    private const int Writers = 4;

    public static string OwnerOf(int i) =>
        i % 100 == 0 ? InboxUser : i % 4 == 1 ? LoadUser : string.Create(CultureInfo.InvariantCulture, $"account-{i % 97:00}");

    /// <summary>The cached file holding <paramref name="engagements"/> engagements, made first when missing.</summary>
    public async Task<string> FileForAsync(int engagements)
    {
        Directory.CreateDirectory(cacheFolder);
        var key = await KeyAsync();
        var path = Path.Combine(cacheFolder, $"population-{key}-{engagements}.db");
        if (File.Exists(path))
            return path;

        var grownFrom = Directory.GetFiles(cacheFolder, $"population-{key}-*.db")
            .Select(f => (File: f, Count: int.Parse(Path.GetFileNameWithoutExtension(f).Split('-')[^1], CultureInfo.InvariantCulture)))
            .Where(f => f.Count < engagements)
            .OrderByDescending(f => f.Count)
            .FirstOrDefault();
        var building = path + ".building";
        File.Delete(building);
        if (grownFrom.File is not null)
            File.Copy(grownFrom.File, building);

        var clock = Stopwatch.StartNew();
        Console.WriteLine($"  preparing {engagements:N0} stored engagements (from {grownFrom.Count:N0}, cached in {cacheFolder})…");
        await AddAsync(SqliteDatabases.For(building), grownFrom.Count, engagements);
        await CheckpointAsync(building);
        File.Move(building, path);
        Console.WriteLine($"  prepared in {clock.Elapsed.TotalSeconds:0} s");
        return path;
    }

    private static async Task AddAsync(DatabaseTarget target, int from, int to)
    {
        await using var host = await EngineHost.OpenAsync(target, Workload, EngineBenchmark.Workload);
        var next = from - 1;
        var writers = Enumerable.Range(0, Writers).Select(async _ =>
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
        await Task.WhenAll(writers);
    }

    private static async Task CheckpointAsync(string file)
    {
        // Folds the WAL into the file, so a plain copy of the file is the whole database.
        await using (var connection = new SqliteConnection(SqliteDatabases.For(file).ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
    }

    private static async Task<string> KeyAsync()
    {
        using var folder = new TempFolder();
        string schema;
        await using (var host = await EngineHost.OpenAsync(SqliteDatabases.Fresh(folder, "schema")))
        await using (var db = await host.Contexts.CreateDbContextAsync())
            schema = db.Database.GetMigrations().Last();
        var workload = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Workloads", Workload + ".json"));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(workload + Recipe)))[..8];
        return $"{schema.Split('_')[0]}-{hash}";
    }
}
