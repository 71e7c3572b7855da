using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using static WorkflowAgency.Engine.Tests.Runtime.EngineHarness;

namespace WorkflowAgency.Engine.Tests.Runtime;

public sealed class TimerTests
{
    [Fact]
    public async Task timers_fire_by_duration_and_by_date_and_a_signal_timeout_creates_a_chase_task()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("timers");
        var id = await h.StartAsync("timers", variables: new JsonObject { ["invoice_due"] = "2026-03-10" });

        var wait = await SingleWaitAsync(h, id);
        wait.Kind.ShouldBe(WaitKind.Timer);
        wait.DueAt.ShouldBe(new DateTime(2026, 3, 4, 9, 0, 0, DateTimeKind.Utc));

        h.Time.Advance(TimeSpan.FromDays(2) - TimeSpan.FromSeconds(1));
        (await h.Timers.FireDueAsync()).ShouldBe(0);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        (await h.Timers.FireDueAsync()).ShouldBe(1);

        (await SingleWaitAsync(h, id)).DueAt.ShouldBe(new DateTime(2026, 3, 10, 0, 0, 0, DateTimeKind.Utc));
        h.Time.SetUtcNow(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero));
        (await h.Timers.FireDueAsync()).ShouldBe(1);

        var signalWait = await SingleWaitAsync(h, id);
        signalWait.Kind.ShouldBe(WaitKind.Signal);
        signalWait.Name.ShouldBe("payment_received");
        h.Time.Advance(TimeSpan.FromHours(1));
        (await h.Timers.FireDueAsync()).ShouldBe(1);

        var chase = await h.OpenTaskAsync(id, "chase");
        chase.Title.ShouldBe("Chase the payment from Ada Lovelace");
        (await h.Engine.CompleteTaskAsync(chase.Id, null, null, Account)).Error.ShouldBeNull();

        (await h.Engine.SignalAsync(id, "payment_received", new JsonObject { ["amount"] = 4200 }, Actor.User("accounting-api", "integration")))
            .Value.ShouldBe(1);
        var engagement = await h.EngagementAsync(id);
        engagement.Status.ShouldBe(EngagementStatus.Completed);
        engagement.Variables["payment_received"]!["amount"]!.GetValue<int>().ShouldBe(4200);
        (await h.QueryAsync(db => db.Waits.CountAsync(w => w.EngagementId == id))).ShouldBe(0);
    }

    [Fact]
    public async Task a_signal_nobody_waits_for_is_not_found()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("timers");
        var id = await h.StartAsync("timers", variables: new JsonObject { ["invoice_due"] = "2026-03-10" });

        var result = await h.Engine.SignalAsync(id, "payment_received", null, Account);

        result.Error!.Kind.ShouldBe(ErrorKind.NotFound);
    }

    [Fact]
    public async Task a_timer_that_fell_due_while_the_server_was_down_fires_once_after_restart()
    {
        using var folder = new TempFolder();
        var path = folder.File("restart.db");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        Guid id;
        await using (var before = await EngineHarness.OpenAsync(path, time))
        {
            await before.PublishAsync("timers");
            id = await before.StartAsync("timers", variables: new JsonObject { ["invoice_due"] = "2026-03-03" });
        }

        time.Advance(TimeSpan.FromDays(5));
        await using var after = await EngineHarness.OpenAsync(path, time);

        // The two-day pause and the invoice date both passed during the outage: each fires, once.
        (await after.Timers.FireDueAsync()).ShouldBe(2);
        (await after.Timers.FireDueAsync()).ShouldBe(0);
        (await after.JournalAsync(id)).Count(j => j.Kind == JournalEntryKind.TimerFired).ShouldBe(2);
        (await SingleWaitAsync(after, id)).Kind.ShouldBe(WaitKind.Signal);
    }

    [Fact]
    public async Task a_real_one_second_timer_fires_through_the_polling_worker()
    {
        // The wall clock on purpose: the worker's own polling loop must notice the due time.
        await using var h = await EngineHarness.StartAsync(TimeProvider.System);
        await h.PublishAsync("short-timer");
        var id = await h.StartAsync("short-timer");
        (await h.EngagementAsync(id)).Status.ShouldBe(EngagementStatus.Waiting);

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var running = h.Timers.RunAsync(TimeSpan.FromMilliseconds(100), stop.Token);
        while (!stop.IsCancellationRequested && (await h.EngagementAsync(id)).Status != EngagementStatus.Completed)
            await Task.Delay(50, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await running;

        var engagement = await h.EngagementAsync(id);
        engagement.Status.ShouldBe(EngagementStatus.Completed);
        (engagement.CompletedAt!.Value - engagement.CreatedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
    }

    private static Task<Wait> SingleWaitAsync(EngineHarness h, Guid id) =>
        h.QueryAsync(db => db.Waits.AsNoTracking().SingleAsync(w => w.EngagementId == id));
}
