using WorkflowAgency.Engine.State;
using static WorkflowAgency.Engine.Tests.Runtime.EngineHarness;

namespace WorkflowAgency.Engine.Tests.Runtime;

public sealed class SequentialTasksTests
{
    [Fact]
    public async Task completing_eight_tasks_in_turn_finishes_the_engagement_with_its_result()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("eight-tasks");
        var id = await h.StartAsync("eight-tasks");

        for (var i = 1; i <= 8; i++)
        {
            var task = (await h.OpenTasksAsync(id)).ShouldHaveSingleItem();
            task.StepId.ShouldBe($"t{i}");
            h.Time.Advance(TimeSpan.FromMinutes(5));
            (await h.Engine.CompleteTaskAsync(task.Id, null, null, Account)).Error.ShouldBeNull();
        }

        var engagement = await h.EngagementAsync(id);
        engagement.Status.ShouldBe(EngagementStatus.Completed);
        engagement.Result.ShouldBe("completed");
        engagement.Stage.ShouldBeNull();
        engagement.CompletedAt.ShouldBe(h.Time.GetUtcNow().UtcDateTime);
        engagement.Execution.Tokens.ShouldBeEmpty();
        (await h.OpenTasksAsync(id)).ShouldBeEmpty();

        var journal = await h.JournalAsync(id);
        journal.Count(j => j.Kind == JournalEntryKind.TaskCompleted).ShouldBe(8);
        journal.Where(j => j.Kind == JournalEntryKind.TaskCompleted).ShouldAllBe(j => j.Actor == "account1");
        journal[^1].Kind.ShouldBe(JournalEntryKind.EngagementCompleted);
        journal[^1].Outcome.ShouldBe("completed");
    }
}
