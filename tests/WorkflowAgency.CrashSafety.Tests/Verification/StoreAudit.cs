using System.Diagnostics;
using WorkflowAgency.CrashSafety.Tests.Infrastructure;
using WorkflowAgency.CrashSafety.Tests.Load;
using WorkflowAgency.Email.Tests.Infrastructure;

namespace WorkflowAgency.CrashSafety.Tests.Verification;

/// <summary>
/// Holds what the server stored and what the SMTP capture received to what the load was told and to the process:
/// every acknowledged request stored once; nothing stored that was refused or never asked for; each engagement
/// where its committed completions take it, waiting (never left running) and without incidents; each committed
/// email delivered, under its outbox Message-Id; and no email that does not belong to a committed transition.
/// </summary>
internal sealed class StoreAudit(ServerProcess server, LoadLedger ledger, TestSmtpServer smtp)
{
    private const int Parallelism = 8;

    private readonly HashSet<Guid> _tasksChecked = [];

    /// <summary>Waits for the outbox to drain, then checks everything.</summary>
    /// <param name="maxDuplicates">How many emails may have gone out twice: at most one in flight per kill.</param>
    /// <param name="settleTimeout">How long the outbox may take to send what is pending.</param>
    public async Task<AuditReport> RunAsync(int maxDuplicates, TimeSpan settleTimeout)
    {
        var problems = new List<string>();
        using var manager = await StaffClient.SignInAsync(server, "manager");
        var ids = (await manager.AllEngagementsAsync()).Select(e => Guid.Parse(e["id"]!.GetValue<string>())).ToList();
        var engagements = (await LoadAllAsync(manager, ids)).ToDictionary(e => e.Id);

        var settled = await SettleAsync(manager, engagements, settleTimeout, problems);
        CheckHandoffs(engagements.Values, problems);
        CheckCompletions(engagements.Values, problems);
        foreach (var engagement in engagements.Values)
            CheckEngagement(engagement, problems);
        var (committed, received, duplicates) = CheckEmails(engagements.Values, maxDuplicates, problems);
        await CheckAcknowledgedTasksAsync(manager, problems);
        problems.AddRange(ledger.Unexpected);

        var requests = ledger.Completions.Select(c => (c.TaskId, c.Result)).Concat(ledger.Handoffs.Select(h => (Id: h.EngagementId ?? Guid.Empty, h.Result))).ToList();
        var storedTasks = engagements.Values.SelectMany(e => e.Completions).Select(c => c.Task).ToHashSet();
        var storedEmails = engagements.Values.Select(e => e.ClientEmail).ToHashSet(StringComparer.Ordinal);
        var unknownCompletions = ledger.Completions.Where(c => c.Result == Outcome.Unknown).ToList();
        var unknownHandoffs = ledger.Handoffs.Where(h => h.Result == Outcome.Unknown).ToList();
        var unknownCommitted = unknownCompletions.Count(c => storedTasks.Contains(c.TaskId)) + unknownHandoffs.Count(h => storedEmails.Contains(h.ClientEmail));
        return new AuditReport(
            engagements.Count,
            requests.Count(r => r.Result == Outcome.Acknowledged),
            unknownCommitted,
            unknownCompletions.Count + unknownHandoffs.Count - unknownCommitted,
            committed,
            received,
            duplicates,
            settled,
            problems);
    }

    /// <summary>The engagements stored now, whose handoff answer never came: the load may take them over.</summary>
    public async Task<IReadOnlyList<Guid>> OrphansAsync()
    {
        using var manager = await StaffClient.SignInAsync(server, "manager");
        var unknown = ledger.Handoffs.Where(h => h.Result == Outcome.Unknown).Select(h => h.ClientEmail).ToHashSet(StringComparer.Ordinal);
        return [.. (await manager.AllEngagementsAsync())
            .Where(e => unknown.Contains(e["clientEmail"]!.GetValue<string>()))
            .Select(e => Guid.Parse(e["id"]!.GetValue<string>()))];
    }

    private static async Task<List<StoredEngagement>> LoadAllAsync(StaffClient client, IReadOnlyList<Guid> ids)
    {
        using var gate = new SemaphoreSlim(Parallelism);
        return [.. await Task.WhenAll(ids.Select(async id =>
        {
            await gate.WaitAsync();
            try
            {
                return await StoredEngagement.LoadAsync(client, id);
            }
            finally
            {
                gate.Release();
            }
        }))];
    }

    /// <summary>Reloads engagements until none has an email still pending: every send attempted and recorded.</summary>
    private static async Task<TimeSpan> SettleAsync(StaffClient client, Dictionary<Guid, StoredEngagement> engagements, TimeSpan timeout, List<string> problems)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var pending = engagements.Values.Where(e => e.Emails.Any(m => m["status"]!.GetValue<string>() == "pending")).Select(e => e.Id).ToList();
            if (pending.Count == 0)
                return clock.Elapsed;
            if (clock.Elapsed > timeout)
            {
                var emails = pending.SelectMany(id => engagements[id].Emails.Where(m => m["status"]!.GetValue<string>() == "pending")).ToList();
                problems.Add($"{emails.Count} email(s) still pending after {timeout.TotalSeconds:0} s, e.g. {emails[0].ToJsonString()}");
                return clock.Elapsed;
            }
            await Task.Delay(250);
            foreach (var reloaded in await LoadAllAsync(client, pending))
                engagements[reloaded.Id] = reloaded;
        }
    }

    /// <summary>Every stored engagement was handed over by the load; every acknowledged handoff is stored.</summary>
    private void CheckHandoffs(IEnumerable<StoredEngagement> engagements, List<string> problems)
    {
        var byEmail = ledger.Handoffs.ToDictionary(h => h.ClientEmail, StringComparer.Ordinal);
        var stored = engagements.ToDictionary(e => e.Id);
        foreach (var engagement in stored.Values)
        {
            if (!byEmail.TryGetValue(engagement.ClientEmail, out var handoff) || handoff.Result == Outcome.Refused)
                problems.Add($"engagement {engagement.Id} ({engagement.ClientEmail}) is stored, but no handoff for it was ever accepted or cut off");
            else if (handoff.EngagementId is { } id && id != engagement.Id)
                problems.Add($"the handoff of {engagement.ClientEmail} was answered with {id}, but {engagement.Id} is stored for it");
        }
        foreach (var handoff in ledger.Handoffs.Where(h => h.Result == Outcome.Acknowledged && !stored.ContainsKey(h.EngagementId!.Value)))
            problems.Add($"the handoff of {handoff.ClientEmail} got 201 with {handoff.EngagementId} in round {handoff.Round}, but that engagement is not stored");
    }

    /// <summary>Each acknowledged completion stored exactly once; nothing stored that was refused or never asked for.</summary>
    private void CheckCompletions(IEnumerable<StoredEngagement> engagements, List<string> problems)
    {
        var stored = engagements.SelectMany(e => e.Completions.Select(c => (Engagement: e.Id, c.Task, c.StepId, c.Outcome)))
            .GroupBy(c => c.Task).ToDictionary(g => g.Key, g => g.ToList());
        var requests = ledger.Completions.GroupBy(c => c.TaskId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (task, entries) in stored)
        {
            if (entries.Count > 1)
                problems.Add($"task {task} ({entries[0].StepId}) is completed {entries.Count} times in the journal of {entries[0].Engagement}");
            // A request cut off by a kill may have been lost and the task asked again next round, perhaps with another
            // outcome: what is stored must be what the acknowledged request asked, or else one of those cut off.
            var asked = requests.GetValueOrDefault(task, []).Where(r => r.Result != Outcome.Refused).ToList();
            var acknowledged = asked.Where(r => r.Result == Outcome.Acknowledged).ToList();
            if (asked.Count == 0)
                problems.Add($"task {task} ({entries[0].StepId}) of {entries[0].Engagement} is stored as completed, but no completion of it was accepted or cut off");
            else if (acknowledged.Count > 1)
                problems.Add($"task {task} ({entries[0].StepId}) got 200 {acknowledged.Count} times");
            else if (!(acknowledged.Count == 1 ? acknowledged : asked).Exists(r => r.Outcome == entries[0].Outcome))
                problems.Add($"task {task} was completed with '{string.Join("' or '", asked.Select(r => r.Outcome))}' but stored with '{entries[0].Outcome}'");
        }
        foreach (var request in ledger.Completions.Where(c => c.Result == Outcome.Acknowledged && !stored.ContainsKey(c.TaskId)))
            problems.Add($"completing '{request.StepId}' (task {request.TaskId}) of {request.EngagementId} got 200 in round {request.Round}, but it is not in the journal");
    }

    /// <summary>The engagement is where its committed completions take it, waiting, with the emails they owe queued.</summary>
    private static void CheckEngagement(StoredEngagement engagement, List<string> problems)
    {
        var name = $"engagement {engagement.Id}";
        if (engagement.Status != "waiting")
            problems.Add($"{name} is {engagement.Status} after the workers settled (stage {engagement.Stage})");
        foreach (var incident in engagement.Incidents)
            problems.Add($"{name} has an incident: {incident}");

        var replay = ShippedPath.Replay(engagement.Completions.Select(c => (c.StepId, c.Outcome)));
        if (replay.Problem is not null)
            problems.Add($"{name}: {replay.Problem}");
        var expectedOpen = replay.OpenStep is null ? [] : new[] { replay.OpenStep };
        if (!engagement.OpenSteps.SequenceEqual(expectedOpen))
            problems.Add($"{name} has open tasks [{string.Join(", ", engagement.OpenSteps)}] but its completions lead to [{string.Join(", ", expectedOpen)}]");
        if (engagement.Stage != ShippedPath.StageOf(replay.OpenStep))
            problems.Add($"{name} is in stage {engagement.Stage} but its completions lead to {ShippedPath.StageOf(replay.OpenStep)}");

        var queued = engagement.QueuedEmails.Select(q => q.Template).Order(StringComparer.Ordinal).ToList();
        var owed = replay.Emails.Order(StringComparer.Ordinal).ToList();
        if (!queued.SequenceEqual(owed))
            problems.Add($"{name} queued [{string.Join(", ", queued)}] but its completions owe [{string.Join(", ", owed)}]");
        var outbox = engagement.Emails;
        if (outbox.Count != queued.Count)
            problems.Add($"{name} has {outbox.Count} outbox rows for {queued.Count} queued emails");
        foreach (var email in outbox.Where(m => m["status"]!.GetValue<string>() != "sent"))
            problems.Add($"{name}: email {email["template"]} is {email["status"]} (attempts {email["attempts"]}, last error {email["lastError"]})");
    }

    /// <summary>Each committed email received, to its client, under its Message-Id; nothing received that did not commit.</summary>
    private (int Committed, int Received, int Duplicates) CheckEmails(IEnumerable<StoredEngagement> engagements, int maxDuplicates, List<string> problems)
    {
        var committed = engagements.SelectMany(e => e.QueuedEmails.Select(q => (q.MessageId, q.Template, e.ClientEmail, Engagement: e.Id)))
            .ToDictionary(q => q.MessageId, StringComparer.Ordinal);
        var received = smtp.Received;
        var copies = received.GroupBy(r => MessageIds.Normalize(r.Message.MessageId ?? "(none)"), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        foreach (var (messageId, got) in copies)
        {
            if (!committed.TryGetValue(messageId, out var email))
            {
                problems.Add($"received '{got[0].Message.Subject}' to {string.Join(", ", got[0].EnvelopeTo)} (Message-Id {messageId}), which no committed transition queued");
                continue;
            }
            foreach (var copy in got.Where(c => !c.EnvelopeTo.SequenceEqual([email.ClientEmail])))
                problems.Add($"{email.Template} of {email.Engagement} went to {string.Join(", ", copy.EnvelopeTo)} instead of {email.ClientEmail}");
        }
        foreach (var (messageId, email) in committed.Where(c => !copies.ContainsKey(c.Key)))
            problems.Add($"{email.Template} of {email.Engagement} (Message-Id {messageId}) committed but never arrived");

        var duplicates = copies.Values.Sum(c => c.Count - 1);
        if (duplicates > maxDuplicates)
            problems.Add($"{duplicates} emails arrived twice, more than the {maxDuplicates} a kill can cut off between the server's 250 and the outbox recording it");
        return (committed.Count, received.Count, duplicates);
    }

    /// <summary>Asks the API about each task acknowledged since the last audit: completed, by whom and how it was told.</summary>
    private async Task CheckAcknowledgedTasksAsync(StaffClient client, List<string> problems)
    {
        var fresh = ledger.Completions.Where(c => c.Result == Outcome.Acknowledged && _tasksChecked.Add(c.TaskId)).ToList();
        using var gate = new SemaphoreSlim(Parallelism);
        var found = await Task.WhenAll(fresh.Select(async request =>
        {
            await gate.WaitAsync();
            try
            {
                return (request, task: await client.TaskAsync(request.TaskId));
            }
            finally
            {
                gate.Release();
            }
        }));
        foreach (var (request, detail) in found)
        {
            var task = detail["task"]!;
            var status = task["status"]!.GetValue<string>();
            var by = task["completedBy"]?.GetValue<string>();
            var outcome = task["outcome"]?.GetValue<string>();
            if (status != "completed" || by != request.User || outcome != request.Outcome)
                problems.Add($"task {request.TaskId} ({request.StepId}) got 200 for {request.User} with '{request.Outcome}' but is {status} by {by} with '{outcome}'");
        }
    }
}
