using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using static WorkflowAgency.Engine.Tests.Runtime.EngineHarness;

namespace WorkflowAgency.Engine.Tests.Runtime;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task two_people_completing_the_same_task_at_once_one_wins_and_the_other_gets_a_conflict()
    {
        using var folder = new TempFolder();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

        // Two engines on one file, as two server processes would be.
        await using var a = await EngineHarness.OpenAsync(folder.File("shared.db"), time);
        await using var b = await EngineHarness.OpenAsync(folder.File("shared.db"), time);
        await a.PublishAsync("eight-tasks");

        for (var round = 0; round < 20; round++)
        {
            var id = await a.StartAsync("eight-tasks");
            var task = await a.OpenTaskAsync(id, "t1");

            var results = await Task.WhenAll(
                Task.Run(() => a.Engine.CompleteTaskAsync(task.Id, null, null, Account)),
                Task.Run(() => b.Engine.CompleteTaskAsync(task.Id, null, null, OtherAccount)));

            results.Count(r => r.Succeeded).ShouldBe(1);
            results.Single(r => !r.Succeeded).Error!.Kind.ShouldBe(ErrorKind.Conflict);
            (await a.JournalAsync(id)).Count(j => j.Kind == JournalEntryKind.TaskCompleted).ShouldBe(1);
            (await a.QueryAsync(db => db.Tasks.CountAsync(t => t.EngagementId == id && t.StepId == "t2"))).ShouldBe(1);
            (await a.EngagementAsync(id)).Revision.ShouldBe(2);
        }
    }

    [Fact]
    public async Task losing_the_race_after_reading_the_task_open_is_a_conflict_that_says_who_completed_it()
    {
        await using var harness = await EngineHarness.StartAsync();
        await harness.PublishAsync("eight-tasks");
        var id = await harness.StartAsync("eight-tasks");
        var task = await harness.OpenTaskAsync(id, "t1");
        // Regression: the loser read the task while it was open, the winner committed before the loser loaded the
        // engagement, and the loser heard "no longer waited on" instead of who had completed it (seen over HTTP).
        var racing = new RivalCompletesAfterTaskRead(harness.Store, () => harness.Engine.CompleteTaskAsync(task.Id, null, null, OtherAccount));
        var loser = ActivatorUtilities.CreateInstance<WorkflowEngine>(harness.Services, (Ports.IEngagementStore)racing);

        var result = await loser.CompleteTaskAsync(task.Id, null, null, Account);

        result.Error!.Kind.ShouldBe(ErrorKind.Conflict);
        result.Error.Message.ShouldContain("already completed by account2");
        (await harness.JournalAsync(id)).Count(j => j.Kind == JournalEntryKind.TaskCompleted).ShouldBe(1);
    }
}
