using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using static WorkflowAgency.Engine.Tests.Runtime.EngineHarness;

namespace WorkflowAgency.Engine.Tests.Runtime;

public sealed class CancelTests
{
    [Fact]
    public async Task cancelling_withdraws_open_tasks_and_is_refused_the_second_time()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("parallel-teams");
        var id = await h.StartAsync("parallel-teams");

        (await h.Engine.CancelAsync(id, Manager, "client went bankrupt")).Error.ShouldBeNull();

        var engagement = await h.EngagementAsync(id);
        engagement.Status.ShouldBe(EngagementStatus.Cancelled);
        engagement.NextDueAt.ShouldBeNull();
        (await h.OpenTasksAsync(id)).ShouldBeEmpty();
        (await h.QueryAsync(db => db.Tasks.CountAsync(t => t.EngagementId == id && t.Status == WorkTaskStatus.Cancelled))).ShouldBe(3);
        var last = (await h.JournalAsync(id))[^1];
        last.Kind.ShouldBe(JournalEntryKind.EngagementCancelled);
        last.Data!["reason"]!.GetValue<string>().ShouldBe("client went bankrupt");

        (await h.Engine.CancelAsync(id, Manager)).Error!.Kind.ShouldBe(ErrorKind.Conflict);
    }

    [Fact]
    public async Task a_withdrawn_task_cannot_be_completed()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("eight-tasks");
        var id = await h.StartAsync("eight-tasks");
        var task = await h.OpenTaskAsync(id, "t1");
        (await h.Engine.CancelAsync(id, Manager)).Error.ShouldBeNull();

        var result = await h.Engine.CompleteTaskAsync(task.Id, null, null, Account);

        result.Error!.Kind.ShouldBe(ErrorKind.Conflict);
        result.Error.Message.ShouldContain("withdrawn");
    }
}
