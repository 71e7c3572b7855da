using System.Diagnostics;

namespace WorkflowAgency.Benchmarks.Http;

/// <summary>Closed-loop load: each client sends its next request as soon as the last one answered.</summary>
internal static class Load
{
    /// <summary>
    /// Runs <paramref name="clients"/> clients for <paramref name="window"/>; <paramref name="request"/> gets the
    /// client's number and returns false when that client has nothing left to do.
    /// </summary>
    public static async Task<Latencies> RunAsync(int clients, TimeSpan window, Func<int, Task<bool>> request)
    {
        var perClient = Enumerable.Range(0, clients).Select(_ => new List<double>()).ToArray();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            while (clock.Elapsed < window)
            {
                var started = Stopwatch.GetTimestamp();
                if (!await request(client))
                    return;
                perClient[client].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        return new Latencies(perClient.SelectMany(l => l).ToList(), clock.Elapsed);
    }

    /// <summary>One client, <paramref name="count"/> requests one after another.</summary>
    public static Task<Latencies> SequentialAsync(int count, Func<Task> request)
    {
        var done = 0;
        return RunAsync(1, TimeSpan.MaxValue, async _ =>
        {
            if (done++ >= count)
                return false;
            await request();
            return true;
        });
    }
}
