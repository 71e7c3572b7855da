using System.Text.Json.Nodes;
using WorkflowAgency.Engine.State;
using static WorkflowAgency.Engine.Tests.Runtime.EngineHarness;

namespace WorkflowAgency.Engine.Tests.Runtime;

public sealed class ParallelTests
{
    [Fact]
    public async Task three_team_tasks_run_at_once_and_the_join_waits_for_all_of_them()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("parallel-teams");
        var id = await h.StartAsync("parallel-teams");

        var open = await h.OpenTasksAsync(id);
        open.Select(t => (t.StepId, t.AssigneeGroup)).ShouldBe([("creative", "creative"), ("planning", "planning"), ("production", "production")]);
        (await h.EngagementAsync(id)).NextDueAt.ShouldBe(h.Time.GetUtcNow().UtcDateTime.AddDays(4));

        await Complete(h, id, "planning", Planning);
        await Complete(h, id, "creative", Creative, new JsonObject { ["concepts"] = 4 });
        (await h.OpenTasksAsync(id)).Select(t => t.StepId).ShouldBe(["production"]);

        await Complete(h, id, "production", Production);

        (await h.OpenTasksAsync(id)).Select(t => t.StepId).ShouldBe(["review"]);
        var engagement = await h.EngagementAsync(id);
        engagement.Execution.Forks.ShouldBeEmpty();
        engagement.Execution.Tokens.ShouldHaveSingleItem().StepId.ShouldBe("review");
    }

    [Fact]
    public async Task sending_the_work_back_splits_again_and_approval_finishes()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("parallel-teams");
        var id = await h.StartAsync("parallel-teams");
        await CompleteAllTeams(h, id);

        (await h.Engine.CompleteTaskAsync((await h.OpenTaskAsync(id, "review")).Id, "rework", null, Manager)).Error.ShouldBeNull();
        (await h.OpenTasksAsync(id)).Count.ShouldBe(3);
        await CompleteAllTeams(h, id);
        (await h.Engine.CompleteTaskAsync((await h.OpenTaskAsync(id, "review")).Id, "approve", null, Manager)).Error.ShouldBeNull();

        var engagement = await h.EngagementAsync(id);
        engagement.Status.ShouldBe(EngagementStatus.Completed);
        engagement.Result.ShouldBe("delivered");
    }

    private static async Task CompleteAllTeams(EngineHarness h, Guid id)
    {
        await Complete(h, id, "creative", Creative, new JsonObject { ["concepts"] = 2 });
        await Complete(h, id, "planning", Planning);
        await Complete(h, id, "production", Production);
    }

    private static async Task Complete(EngineHarness h, Guid id, string step, Engine.Runtime.Actor actor, JsonObject? data = null) =>
        (await h.Engine.CompleteTaskAsync((await h.OpenTaskAsync(id, step)).Id, null, data, actor)).Error.ShouldBeNull();
}
