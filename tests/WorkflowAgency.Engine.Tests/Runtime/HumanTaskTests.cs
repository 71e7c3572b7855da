using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using static WorkflowAgency.Engine.Tests.Runtime.EngineHarness;

namespace WorkflowAgency.Engine.Tests.Runtime;

public sealed class HumanTaskTests
{
    [Fact]
    public async Task a_task_gets_its_title_assignee_due_date_and_priority_from_the_definition()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("negotiation-loop");
        var id = await h.StartAsync("negotiation-loop", owner: "account2", client: "Initech");

        var task = await h.OpenTaskAsync(id, "draft");

        task.Title.ShouldBe("Draft the proposal for Initech");
        task.AssigneeUser.ShouldBe("account2");
        task.AssigneeGroup.ShouldBeNull();
        task.DueAt.ShouldBe(h.Time.GetUtcNow().UtcDateTime.AddDays(3));
        task.Priority.ShouldBe(TaskPriority.High);
        (await h.EngagementAsync(id)).NextDueAt.ShouldBe(task.DueAt);
    }

    [Fact]
    public async Task invalid_form_data_is_refused_per_field_and_changes_nothing()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("negotiation-loop");
        var id = await h.StartAsync("negotiation-loop");
        var task = await h.OpenTaskAsync(id, "draft");
        var before = await h.EngagementAsync(id);

        var result = await h.Engine.CompleteTaskAsync(task.Id, null, new JsonObject { ["fee"] = -5, ["engagement"] = "hijack" }, Account);

        result.Error!.Kind.ShouldBe(ErrorKind.Invalid);
        result.Error.Fields!["fee"].ShouldBe(["Fee must be at least 0"]);
        result.Error.Fields["data"].ShouldHaveSingleItem().ShouldContain("'engagement' is not a field of this form");
        var after = await h.EngagementAsync(id);
        after.Revision.ShouldBe(before.Revision);
        (await h.OpenTaskAsync(id, "draft")).Status.ShouldBe(WorkTaskStatus.Open);
    }

    [Fact]
    public async Task a_missing_required_field_is_named()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("negotiation-loop");
        var id = await h.StartAsync("negotiation-loop");
        var task = await h.OpenTaskAsync(id, "draft");

        var result = await h.Engine.CompleteTaskAsync(task.Id, null, new JsonObject { ["summary"] = "short" }, Account);

        result.Error!.Fields!["fee"].ShouldBe(["Fee is required"]);
    }

    [Fact]
    public async Task completed_data_is_normalised_merged_into_variables_and_journalled()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("negotiation-loop");
        var id = await h.StartAsync("negotiation-loop");
        var task = await h.OpenTaskAsync(id, "draft");

        // Browsers post numbers as strings; the stored value is a number.
        (await h.Engine.CompleteTaskAsync(task.Id, null, new JsonObject { ["fee"] = "4500.50", ["summary"] = "SEO + paid social" }, Account))
            .Error.ShouldBeNull();

        var engagement = await h.EngagementAsync(id);
        engagement.Variables["fee"]!.GetValue<decimal>().ShouldBe(4500.50m);
        engagement.Variables["summary"]!.GetValue<string>().ShouldBe("SEO + paid social");
        var completed = await h.QueryAsync(db => Task.FromResult(db.Tasks.Single(t => t.Id == task.Id)));
        completed.Status.ShouldBe(WorkTaskStatus.Completed);
        completed.CompletedBy.ShouldBe("account1");
        completed.Outcome.ShouldBe("done");
        completed.Data!["fee"]!.GetValue<decimal>().ShouldBe(4500.50m);
        var journal = await h.JournalAsync(id);
        journal.ShouldContain(j => j.Kind == JournalEntryKind.VariablesChanged && j.Data!["fee"] != null && j.Actor == "account1");
    }

    [Fact]
    public async Task completing_a_task_twice_is_a_conflict()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("eight-tasks");
        var id = await h.StartAsync("eight-tasks");
        var task = await h.OpenTaskAsync(id, "t1");

        (await h.Engine.CompleteTaskAsync(task.Id, null, null, Account)).Error.ShouldBeNull();
        var again = await h.Engine.CompleteTaskAsync(task.Id, null, null, OtherAccount);

        again.Error!.Kind.ShouldBe(ErrorKind.Conflict);
        again.Error.Message.ShouldContain("already completed by account1");
    }

    [Fact]
    public async Task someone_outside_the_assigned_group_may_not_complete_the_task()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("eight-tasks");
        var id = await h.StartAsync("eight-tasks");
        var task = await h.OpenTaskAsync(id, "t1");

        var result = await h.Engine.CompleteTaskAsync(task.Id, null, null, Creative);

        result.Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        (await h.OpenTaskAsync(id, "t1")).Status.ShouldBe(WorkTaskStatus.Open);
    }

    [Fact]
    public async Task a_claimed_task_belongs_to_the_claimer_until_released()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("eight-tasks");
        var id = await h.StartAsync("eight-tasks");
        var task = await h.OpenTaskAsync(id, "t1");

        (await h.Engine.ClaimTaskAsync(task.Id, Account)).Error.ShouldBeNull();
        (await h.Engine.ClaimTaskAsync(task.Id, OtherAccount)).Error!.Kind.ShouldBe(ErrorKind.Conflict);
        (await h.Engine.CompleteTaskAsync(task.Id, null, null, OtherAccount)).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        (await h.Engine.ReleaseTaskAsync(task.Id, OtherAccount)).Error!.Kind.ShouldBe(ErrorKind.Forbidden);

        (await h.Engine.ReleaseTaskAsync(task.Id, Account)).Error.ShouldBeNull();
        (await h.Engine.ClaimTaskAsync(task.Id, OtherAccount)).Error.ShouldBeNull();
        (await h.OpenTaskAsync(id, "t1")).ClaimedBy.ShouldBe("account2");
        (await h.Engine.CompleteTaskAsync(task.Id, null, null, OtherAccount)).Error.ShouldBeNull();

        var kinds = (await h.JournalAsync(id)).Select(j => j.Kind).ToList();
        kinds.ShouldContain(JournalEntryKind.TaskClaimed);
        kinds.ShouldContain(JournalEntryKind.TaskReleased);
    }

    [Fact]
    public async Task a_manager_reassigns_a_task_to_a_person_and_only_they_may_complete_it()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("eight-tasks");
        var id = await h.StartAsync("eight-tasks");
        var task = await h.OpenTaskAsync(id, "t1");

        (await h.Engine.ReassignTaskAsync(task.Id, "account2", Creative)).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        (await h.Engine.ReassignTaskAsync(task.Id, "account2", Manager)).Error.ShouldBeNull();

        var reassigned = await h.OpenTaskAsync(id, "t1");
        reassigned.AssigneeUser.ShouldBe("account2");
        reassigned.AssigneeGroup.ShouldBeNull();
        (await h.Engine.CompleteTaskAsync(task.Id, null, null, Account)).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        (await h.Engine.CompleteTaskAsync(task.Id, null, null, OtherAccount)).Error.ShouldBeNull();
        (await h.JournalAsync(id)).ShouldContain(j => j.Kind == JournalEntryKind.TaskReassigned && j.Actor == "manager1");
    }

    [Fact]
    public async Task an_outcome_the_task_does_not_offer_is_refused()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("parallel-teams");
        var id = await h.StartAsync("parallel-teams");
        foreach (var (step, actor) in new[] { ("creative", Creative), ("planning", Planning), ("production", Production) })
        {
            var data = step == "creative" ? new JsonObject { ["concepts"] = 3 } : null;
            (await h.Engine.CompleteTaskAsync((await h.OpenTaskAsync(id, step)).Id, null, data, actor)).Error.ShouldBeNull();
        }
        var review = await h.OpenTaskAsync(id, "review");

        var result = await h.Engine.CompleteTaskAsync(review.Id, "maybe", null, Manager);

        result.Error!.Kind.ShouldBe(ErrorKind.Invalid);
        result.Error.Fields!["outcome"].ShouldHaveSingleItem().ShouldContain("approve, rework");
    }
}
