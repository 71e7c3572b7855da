using System.Collections.Concurrent;
using WorkflowAgency.Benchmarks.Databases;
using WorkflowAgency.Benchmarks.Growth;

namespace WorkflowAgency.Benchmarks.Http;

/// <summary>
/// The server process on a copy of the populated database: the inbox query's latency, task completions through
/// the API under concurrent clients, and the process's memory — each against a baseline taken the same way in the
/// same run (<c>GET /health</c> for requests, the same server on an empty database for memory).
/// </summary>
/// <param name="settings">The run's size.</param>
/// <param name="populated">The provider's populated and empty databases.</param>
/// <param name="report">Where the rows go.</param>
/// <param name="onProvider">Added to the section titles, e.g. " on PostgreSQL"; empty on SQLite.</param>
internal sealed class ServerBenchmark(BenchmarkSettings settings, IPopulatedDatabases populated, Report report, string onProvider = "")
{
    private readonly string _httpSection = $"HTTP (server process{onProvider}, Kestrel on loopback)";
    private readonly string _inboxSection = $"Inbox query (GET /api/tasks){onProvider}";
    private readonly string _memorySection = $"Memory (server process RSS){onProvider}";

    public async Task RunAsync(bool http, bool inbox, bool memory)
    {
        var (emptyWarm, emptyServed) = memory ? await EmptyServerMemoryAsync() : (0, 0);

        await using var database = await populated.CopyAsync(settings.Populated, "server");
        using var folder = new TempFolder();
        var queues = await LoadUserTasksAsync(database.Target);

        await using var server = await ServerProcess.StartAsync(database.Target, folder);
        using var inboxClient = await ApiClient.SignInAsync(server.Address, Population.InboxUser);
        using var loadClient = await ApiClient.SignInAsync(server.Address, Population.LoadUser);
        await WarmUpAsync(inboxClient);
        await WarmUpCompletionsAsync(loadClient, queues);
        var warm = server.ResidentMegabytes();
        var stored = $"{settings.Populated:N0} stored";

        if (inbox || memory)
        {
            var total = 0;
            for (var round = 0; round < settings.Rounds; round++)
            {
                var health = await Load.SequentialAsync(settings.InboxSamples, inboxClient.HealthAsync);
                var query = await Load.SequentialAsync(settings.InboxSamples, async () => total = await inboxClient.InboxAsync());
                report.Add(_inboxSection, $"inbox p50, {stored}, {total:N0} open tasks match", "ms", query.Percentile(0.50), "GET /health p50, same client", health.Percentile(0.50));
                report.Add(_inboxSection, $"inbox p95, {stored}, {total:N0} open tasks match", "ms", query.Percentile(0.95), "GET /health p95, same client", health.Percentile(0.95));
                Console.WriteLine($"  inbox round {round + 1}: p50 {query.Percentile(0.5):0.00} ms, p95 {query.Percentile(0.95):0.00} ms (health p95 {health.Percentile(0.95):0.00} ms)");
            }
        }

        var served = server.ResidentMegabytes();
        if (memory)
        {
            report.Add(_memorySection, $"RSS after warm-up, {stored}", "MiB", warm, "same server, empty database", emptyWarm);
            report.Add(_memorySection, $"RSS after serving the inbox, {stored}", "MiB", served, "same server, empty database", emptyServed);
        }

        if (http)
        {
            var clients = settings.HttpClients;
            var partitions = Enumerable.Range(0, clients).Select(_ => new ConcurrentQueue<Guid>()).ToArray();
            for (var i = 0; i < queues.Count; i++)
                partitions[i % clients].Enqueue(queues[i]);

            // One unmeasured window of each at full concurrency: the first measured round used to run at half speed
            // while the JIT's second tier and the thread pool caught up with 16 clients.
            await Load.RunAsync(clients, settings.HttpWindow, async _ =>
            {
                await loadClient.HealthAsync();
                return true;
            });
            // The warm-up ends a client's chains only while three quarters of them remain for the measured rounds
            // (a chain ends with an engagement's last task), so a small run (--smoke) still has work to measure.
            var keep = partitions.Select(p => Math.Max(1, p.Count * 3 / 4)).ToArray();
            await CompleteAsync(loadClient, partitions, clients, settings.HttpWindow, number => partitions[number].Count > keep[number]);

            for (var round = 0; round < settings.Rounds; round++)
            {
                var health = await Load.RunAsync(clients, settings.HttpWindow, async _ =>
                {
                    await loadClient.HealthAsync();
                    return true;
                });
                var completions = await CompleteAsync(loadClient, partitions, clients, settings.HttpWindow, _ => true);
                if (completions.Count == 0)
                    throw new InvalidOperationException("The HTTP load ran out of open tasks.");

                var name = $"task completions, {clients} clients, {stored}";
                report.Add(_httpSection, name, "/s", completions.PerSecond, $"GET /health, {clients} clients", health.PerSecond);
                foreach (var p in new[] { 0.50, 0.95, 0.99 })
                    report.Add(_httpSection, $"{name}: p{p * 100:0}", "ms", completions.Percentile(p), $"GET /health p{p * 100:0}", health.Percentile(p));
                Console.WriteLine($"  HTTP round {round + 1}: {completions.PerSecond:0}/s, p95 {completions.Percentile(0.95):0.0} ms (health {health.PerSecond:0}/s, p95 {health.Percentile(0.95):0.0} ms)");
            }

            if (memory)
                report.Add(_memorySection, $"RSS after the HTTP load, {stored}", "MiB", server.ResidentMegabytes(), "same server, empty database, after warm-up", emptyWarm);
        }
    }

    /// <summary>Each client completes its own tasks, chaining to the next task each answer names.</summary>
    private static Task<Latencies> CompleteAsync(ApiClient client, ConcurrentQueue<Guid>[] partitions, int clients, TimeSpan window, Func<int, bool> mayGoOn) =>
        Load.RunAsync(clients, window, async number =>
        {
            if (!mayGoOn(number) || !partitions[number].TryDequeue(out var task))
                return false;
            foreach (var next in await client.CompleteAsync(task))
                partitions[number].Enqueue(next);
            return true;
        });

    private async Task<(double Warm, double Served)> EmptyServerMemoryAsync()
    {
        await using var database = await populated.EmptyAsync("empty");
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(database.Target, folder);
        using var client = await ApiClient.SignInAsync(server.Address, Population.InboxUser);
        await WarmUpAsync(client);
        var warm = server.ResidentMegabytes();
        for (var round = 0; round < settings.Rounds; round++)
        {
            await Load.SequentialAsync(settings.InboxSamples, client.HealthAsync);
            await Load.SequentialAsync(settings.InboxSamples, client.InboxAsync);
        }

        return (warm, server.ResidentMegabytes());
    }

    // Enough calls for the JIT's second tier and for the database pages the inbox reads to be cached.
    private static async Task WarmUpAsync(ApiClient client)
    {
        for (var i = 0; i < 300; i++)
        {
            await client.HealthAsync();
            await client.InboxAsync();
        }
    }

    /// <summary>A few completions before anything is measured, so no window pays for the JIT.</summary>
    private static async Task WarmUpCompletionsAsync(ApiClient client, List<Guid> queues)
    {
        for (var i = 0; i < Math.Min(50, queues.Count / 4); i++)
        {
            var next = await client.CompleteAsync(queues[0]);
            queues.RemoveAt(0);
            queues.AddRange(next);
        }
    }

    /// <summary>The load user's open tasks, one per engagement, read from the database before the server opens it.</summary>
    private static async Task<List<Guid>> LoadUserTasksAsync(DatabaseTarget target)
    {
        var tasks = new List<Guid>();
        await using (var connection = RawConnections.Create(target))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"Id\" FROM \"Tasks\" WHERE \"Status\" = 'Open' AND \"AssigneeUser\" = @user";
            var user = command.CreateParameter();
            user.ParameterName = "user";
            user.Value = Population.LoadUser;
            command.Parameters.Add(user);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tasks.Add(reader.GetGuid(0));
        }

        RawConnections.ClearPool(target);
        return tasks;
    }
}
