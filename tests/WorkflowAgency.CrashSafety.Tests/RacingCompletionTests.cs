using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using WorkflowAgency.CrashSafety.Tests.Infrastructure;
using WorkflowAgency.CrashSafety.Tests.Load;

namespace WorkflowAgency.CrashSafety.Tests;

/// <summary>
/// Two people complete the same 1,000 tasks at the same moment over HTTP: for each task one wins, the other is told
/// of the conflict (409 ProblemDetails), and the store holds the winner's completion once, advanced once.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class RacingCompletionTests(ITestOutputHelper output)
{
    private const int TaskCount = 1000;
    private const int Parallelism = 8;

    [Fact]
    public async Task two_clients_racing_to_complete_the_same_1000_tasks_get_exactly_one_success_each_and_the_other_a_conflict()
    {
        await using var server = new ServerProcess();
        await server.StartAsync();
        using var account = await StaffClient.SignInAsync(server, "account1");
        using var manager = await StaffClient.SignInAsync(server, "manager");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var tasks = await HandOverAsync(account);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{TaskCount} handoffs in {clock.Elapsed.TotalSeconds:0.0} s"));
        clock.Restart();

        var answers = new ConcurrentDictionary<Guid, (Answer Account, Answer Manager)>();
        await Parallel.ForEachAsync(tasks, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (task, cancellationToken) =>
        {
            var data = ShippedPath.ActionFor(ShippedPath.FirstStep, Random.Shared).Data;
            // Both requests are on the wire before either answer is read.
            var first = account.CompleteAsync(task.Task, null, data, cancellationToken);
            var second = manager.CompleteAsync(task.Task, null, data, cancellationToken);
            answers[task.Task] = (await Answer.ReadAsync(first), await Answer.ReadAsync(second));
        });

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{TaskCount * 2} racing completions in {clock.Elapsed.TotalSeconds:0.0} s"));
        var problems = new List<string>();
        foreach (var (task, (fromAccount, fromManager)) in answers)
        {
            var statuses = new[] { fromAccount.Status, fromManager.Status }.Order().ToArray();
            if (!statuses.SequenceEqual([HttpStatusCode.OK, HttpStatusCode.Conflict]))
                problems.Add($"task {task}: account1 got {(int)fromAccount.Status} {fromAccount.Body}; manager got {(int)fromManager.Status} {fromManager.Body}");
            else if ((fromAccount.Status == HttpStatusCode.Conflict ? fromAccount : fromManager).ConflictProblem() is { } notClear)
                problems.Add($"task {task}: the loser's answer is not a clear conflict: {notClear}");
        }
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems.Take(20)));

        var losers = answers.Values.Select(a => a.Account.Status == HttpStatusCode.Conflict ? a.Account : a.Manager).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{TaskCount} tasks raced: account1 won {answers.Values.Count(a => a.Account.Status == HttpStatusCode.OK)}, the manager {answers.Values.Count(a => a.Manager.Status == HttpStatusCode.OK)}; " +
            $"the loser was told: {string.Join("; ", losers.GroupBy(l => Reason(l.Body)).Select(g => $"{g.Key} ×{g.Count()}"))}"));

        clock.Restart();
        await CheckStoredOnceAsync(manager, tasks, answers, problems);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored state checked in {clock.Elapsed.TotalSeconds:0.0} s"));
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems.Take(20)));
        server.Failures.ShouldBeEmpty(server.RecentOutput);
    }

    /// <summary>The engine's reason without the ids and times in it.</summary>
    private static string Reason(string problem)
    {
        var detail = JsonNode.Parse(problem)!["detail"]!.GetValue<string>();
        return System.Text.RegularExpressions.Regex.Replace(detail, @"[0-9a-f]{8}-[0-9a-f-]{27}|\d{4}-\d\d-\d\d[ T][\d:.]+Z?|by \w+ at", "…");
    }

    /// <summary>1,000 handoffs, each leaving one open task (the first contact with the client).</summary>
    private static async Task<List<(Guid Engagement, Guid Task)>> HandOverAsync(StaffClient sales)
    {
        var created = new ConcurrentBag<(Guid, Guid)>();
        await Parallel.ForEachAsync(Enumerable.Range(1, TaskCount), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (n, cancellationToken) =>
        {
            using var response = await sales.HandoffAsync($"Racing {n}", $"race-{n}@example.com", cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
            var id = Guid.Parse(JsonNode.Parse(body)!["id"]!.GetValue<string>());
            var open = (await sales.EngagementAsync(id, cancellationToken))["openTasks"]!.AsArray();
            open.Count.ShouldBe(1);
            created.Add((id, Guid.Parse(open[0]!["id"]!.GetValue<string>())));
        });
        return [.. created];
    }

    /// <summary>Each task completed once, by the winner; each engagement advanced once, from handoff to the brief.</summary>
    /// <remarks>The task as the API shows it, and the engagement's journal: written in the same transaction as the rest of the engagement.</remarks>
    private static async Task CheckStoredOnceAsync(
        StaffClient client, List<(Guid Engagement, Guid Task)> tasks, ConcurrentDictionary<Guid, (Answer Account, Answer Manager)> answers, List<string> problems)
    {
        var found = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(tasks, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (pair, cancellationToken) =>
        {
            var winner = answers[pair.Task].Account.Status == HttpStatusCode.OK ? "account1" : "manager";
            var task = (await client.TaskAsync(pair.Task, cancellationToken))["task"]!;
            if (task["status"]!.GetValue<string>() != "completed" || task["completedBy"]?.GetValue<string>() != winner)
                found.Add($"task {pair.Task} won by {winner} is {task["status"]} by {task["completedBy"]}");

            // One completion and one advance: out of handoff into the brief, whose first task is open.
            var journal = await client.JournalAsync(pair.Engagement, cancellationToken);
            var completions = journal.Where(e => e["kind"]!.GetValue<string>() == "taskCompleted").Select(e => $"{e["stepId"]} by {e["actor"]}").ToList();
            var stages = journal.Where(e => e["kind"]!.GetValue<string>() == "stageEntered").Select(e => e["stage"]!.GetValue<string>()).ToList();
            var created = journal.Where(e => e["kind"]!.GetValue<string>() == "taskCreated").Select(e => e["stepId"]!.GetValue<string>()).ToList();
            if (!completions.SequenceEqual([$"contact by {winner}"]) || !stages.SequenceEqual(["handoff", "brief"]) || !created.SequenceEqual(["contact", "capture"]))
                found.Add($"engagement {pair.Engagement}: completions [{string.Join(", ", completions)}], stages entered [{string.Join(", ", stages)}], tasks created [{string.Join(", ", created)}]");
        });
        problems.AddRange(found);
    }

    /// <summary>What one of the racing clients was told.</summary>
    private sealed record Answer(HttpStatusCode Status, string? MediaType, string Body)
    {
        public static async Task<Answer> ReadAsync(Task<HttpResponseMessage> request)
        {
            using var response = await request;
            return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
        }

        /// <summary>
        /// Null when this is a 409 ProblemDetails that says what happened (someone completed the task first, or changed
        /// the engagement in the same instant); otherwise what is wrong with it.
        /// </summary>
        public string? ConflictProblem()
        {
            if (MediaType != "application/problem+json")
                return $"content type {MediaType}: {Body}";
            var problem = JsonNode.Parse(Body)!;
            return problem["status"]?.GetValue<int>() == 409 && problem["title"]?.GetValue<string>() == "Conflict"
                && problem["detail"]?.GetValue<string>() is { } detail
                && (detail.Contains("was already completed by", StringComparison.Ordinal) || detail.Contains("was changed by someone else at the same time", StringComparison.Ordinal))
                ? null
                : Body;
        }
    }
}
