using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using WorkflowAgency.CrashSafety.Tests.Infrastructure;

namespace WorkflowAgency.CrashSafety.Tests.Load;

/// <summary>
/// Staff working through the shipped process over HTTP, several at once: Sales hands clients over, account1 and the
/// manager complete their tasks, until each proposal is with its client. Every request and its answer go into the
/// <see cref="LoadLedger"/>. The load goes on across server restarts: each worker keeps its own engagements.
/// </summary>
/// <remarks>
/// Workers never touch each other's engagements, so any conflict or error a live server answers is unexpected;
/// once <see cref="Stopping"/> is set (the server is about to be killed) a failed request is only "unknown".
/// </remarks>
internal sealed class LoadDriver
{
    /// <summary>How many unfinished engagements each worker keeps going at once.</summary>
    private const int EngagementsPerWorker = 3;

    private readonly LoadLedger _ledger;
    private readonly List<Guid>[] _active;
    private readonly Random[] _random;
    private readonly HashSet<Guid> _known = [];
    private int _handoffNumber;
    private volatile bool _stopping;

    public LoadDriver(LoadLedger ledger, int workers, int seed)
    {
        _ledger = ledger;
        _active = [.. Enumerable.Range(0, workers).Select(_ => new List<Guid>())];
        _random = [.. Enumerable.Range(0, workers).Select(w => new Random(seed + w))];
    }

    /// <summary>Set just before the server is killed: from then on a failed request is an unknown outcome, not a fault.</summary>
    public bool Stopping
    {
        get => _stopping;
        set => _stopping = value;
    }

    /// <summary>Takes over an engagement whose handoff answer was lost, so the load goes on with it too.</summary>
    public void Adopt(Guid engagementId)
    {
        lock (_known)
        {
            if (!_known.Add(engagementId))
                return;
        }
        var worker = _active.MinBy(a => a.Count)!;
        lock (worker)
            worker.Add(engagementId);
    }

    /// <summary>Runs every worker until <paramref name="stop"/> is cancelled or the server goes away.</summary>
    public Task RunAsync(Staff staff, int round, CancellationToken stop)
    {
        _stopping = false;
        return Task.WhenAll(_active.Select((engagements, worker) => Task.Run(() => WorkAsync(staff, engagements, _random[worker], round, stop), CancellationToken.None)));
    }

    private async Task WorkAsync(Staff staff, List<Guid> engagements, Random random, int round, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                Guid? next;
                lock (engagements)
                    next = engagements.Count < EngagementsPerWorker ? null : engagements[random.Next(engagements.Count)];
                var goOn = next is { } id
                    ? await AdvanceAsync(staff, engagements, id, random, round)
                    : await HandOverAsync(staff.Account, engagements, round);
                if (!goOn)
                    return;
            }
            catch (Exception error) when (error is HttpRequestException or IOException or TaskCanceledException)
            {
                if (!_stopping)
                    _ledger.Unexpect($"round {round}: a request failed while the server was up: {error.GetType().Name}: {error.Message}");
                return;
            }
        }
    }

    private async Task<bool> HandOverAsync(StaffClient sales, List<Guid> engagements, int round)
    {
        var number = Interlocked.Increment(ref _handoffNumber);
        var email = string.Create(CultureInfo.InvariantCulture, $"client-{number}-{Guid.NewGuid():N}@example.com");
        HttpStatusCode status;
        string body;
        try
        {
            using var response = await sales.HandoffAsync(string.Create(CultureInfo.InvariantCulture, $"Company {number}"), email);
            status = response.StatusCode;
            // The id is in the body: an answer cut off before it is as good as none.
            body = await response.Content.ReadAsStringAsync();
        }
        catch (Exception error) when (_stopping && error is HttpRequestException or IOException or TaskCanceledException)
        {
            _ledger.Add(new HandoffRequest(email, null, Outcome.Unknown, round));
            return false;
        }

        if (status != HttpStatusCode.Created)
        {
            _ledger.Add(new HandoffRequest(email, null, Outcome.Refused, round));
            _ledger.Unexpect($"round {round}: handoff answered {(int)status}: {body}");
            return !_stopping;
        }
        var id = Guid.Parse(JsonNode.Parse(body)!["id"]!.GetValue<string>());
        _ledger.Add(new HandoffRequest(email, id, Outcome.Acknowledged, round));
        lock (_known)
            _known.Add(id);
        lock (engagements)
            engagements.Add(id);
        return true;
    }

    private async Task<bool> AdvanceAsync(Staff staff, List<Guid> engagements, Guid id, Random random, int round)
    {
        var engagement = await staff.Account.EngagementAsync(id);
        var open = engagement["openTasks"]!.AsArray();
        if (open.Count == 0)
        {
            var stage = engagement["engagement"]!["stage"]?.GetValue<string>();
            if (stage != ShippedPath.StageOf(null))
                _ledger.Unexpect($"round {round}: engagement {id} has no open task in stage {stage}");
            lock (engagements)
                engagements.Remove(id);
            return true;
        }

        var task = open[0]!;
        var taskId = Guid.Parse(task["id"]!.GetValue<string>());
        var step = task["stepId"]!.GetValue<string>();
        var action = ShippedPath.ActionFor(step, random);
        HttpResponseMessage response;
        try
        {
            response = await staff.For(action.User).CompleteAsync(taskId, action.Outcome, action.Data);
        }
        catch (Exception error) when (_stopping && error is HttpRequestException or IOException or TaskCanceledException)
        {
            _ledger.Add(new CompletionRequest(taskId, id, step, action.User, action.Outcome ?? "done", Outcome.Unknown, round));
            return false;
        }

        using (response)
        {
            var acknowledged = response.StatusCode == HttpStatusCode.OK;
            _ledger.Add(new CompletionRequest(taskId, id, step, action.User, action.Outcome ?? "done", acknowledged ? Outcome.Acknowledged : Outcome.Refused, round));
            if (!acknowledged)
                _ledger.Unexpect($"round {round}: completing '{step}' of {id} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return true;
        }
    }
}
