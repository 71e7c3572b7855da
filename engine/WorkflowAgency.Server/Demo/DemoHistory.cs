using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Features.Engagements.LogClientMessage;
using WorkflowAgency.Server.Features.Payments;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Demo;

/// <summary>
/// Writes a realistic agency year into an empty database through the engine and the API's own services: handoffs,
/// tasks completed by the demo users, client answers, timers and reminders as they fall due, invoices, payments
/// (some late) and the <c>payment_received</c> signals they cause. The clock is moved through the year event by
/// event, so every record carries the time it would have had; the same seed always writes the same history.
/// </summary>
internal sealed class DemoHistory(
    WorkflowEngine engine,
    TimerWorker timers,
    PaymentLedger ledger,
    PaymentSignals signals,
    ClientMessageLog messages,
    IDbContextFactory<WorkflowDbContext> contexts,
    IDbContextFactory<ServerDbContext> serverContexts,
    TimeProvider time,
    IAdjustableClock clock)
{
    /// <summary>A little over a year, so a dashboard over the last 365 days starts with clients already on the books.</summary>
    public const int Days = 400;

    public static readonly string[] NeededUsers = ["account1", "account2", "manager", "creative", "planning", "production"];

    public async Task<EngineResult<DemoHistoryResult>> RunAsync(DateTimeOffset start, DateTimeOffset end, IProgress<DemoProgress>? progress, CancellationToken cancellationToken)
    {
        if (!ReferenceEquals(clock.Provider, time))
            return EngineError.Conflict("the clock the engine uses cannot be moved, so the history would carry today's date on every record");
        if (await ProblemAsync(cancellationToken) is { } problem)
            return problem;

        var stopwatch = Stopwatch.StartNew();
        var random = new Random(DemoPlanner.Seed);
        var world = new DemoWorld(engine, contexts, ledger, messages, time, random);
        var queue = new PriorityQueue<DemoAgent, (DateTimeOffset At, long Order)>();
        long order = 0;
        var plans = DemoPlanner.Plan(start, end, random);
        foreach (var plan in plans)
            queue.Enqueue(new DemoAgent(plan, world), (plan.StartAt, order++));

        var actions = 0;
        var started = plans.Count;
        var totalDays = (int)Math.Ceiling((end - start).TotalDays);
        var now = start;
        clock.MoveTo(start);
        try
        {
            while (queue.TryDequeue(out var agent, out var next) && next.At <= end)
            {
                if (next.At > now)
                {
                    now = next.At;
                    clock.MoveTo(now);
                    await CatchUpAsync(cancellationToken);
                }
                var (again, followUp) = await agent.ActAsync(cancellationToken);
                actions++;
                if (again is { } at)
                    queue.Enqueue(agent, (at > now ? at : now, order++));
                if (followUp is not null)
                {
                    queue.Enqueue(new DemoAgent(followUp, world), (followUp.StartAt, order++));
                    started++;
                }
                progress?.Report(new DemoProgress((int)(now - start).TotalDays, totalDays, started, actions));
            }
            clock.MoveTo(end);
            await CatchUpAsync(cancellationToken);
            progress?.Report(new DemoProgress(totalDays, totalDays, started, actions));
        }
        finally
        {
            clock.Release();
        }
        return EngineResult<DemoHistoryResult>.Success(new DemoHistoryResult(
            plans.Select(p => p.Client.Company).Distinct().Count(), await CountAsync(cancellationToken), actions, stopwatch.Elapsed, await SpreadAsync(cancellationToken)));
    }

    /// <summary>What the workers would have done by now: fire due timers and reminders, deliver pending payment signals.</summary>
    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await timers.FireDueAsync(cancellationToken);
        await signals.DeliverPendingAsync(cancellationToken);
    }

    private async Task<EngineError?> ProblemAsync(CancellationToken cancellationToken)
    {
        await using (var server = await serverContexts.CreateDbContextAsync(cancellationToken))
        {
            var users = await server.Users.Where(u => !u.Disabled).Select(u => u.UserName).ToListAsync(cancellationToken);
            var missing = NeededUsers.Except(users).ToList();
            if (missing.Count > 0)
                return EngineError.Invalid($"the demo history needs the demo users; missing: {string.Join(", ", missing)} (set Seed:DemoUsers=true on a new database)");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Engagements.AnyAsync(cancellationToken)
            ? EngineError.Conflict("the database already has engagements; the demo history is written only into an empty one (point DataFolder at a new folder)")
            : null;
    }

    private async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Engagements.CountAsync(cancellationToken);
    }

    /// <summary>How many engagements are in each stage, or finished with each result.</summary>
    private async Task<IReadOnlyDictionary<string, int>> SpreadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Engagements.AsNoTracking().Select(e => new { e.Stage, e.Result, e.Status }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Stage ?? (r.Result is null ? r.Status.ToString().ToLowerInvariant() : "finished:" + r.Result))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }
}
