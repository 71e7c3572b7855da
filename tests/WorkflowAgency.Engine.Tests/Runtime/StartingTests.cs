using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using static WorkflowAgency.Engine.Tests.Runtime.EngineHarness;

namespace WorkflowAgency.Engine.Tests.Runtime;

public sealed class StartingTests
{
    [Fact]
    public async Task starting_runs_until_the_first_wait_and_records_the_handoff()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("eight-tasks");

        var id = await h.StartAsync("eight-tasks", client: "Globex");

        var engagement = await h.EngagementAsync(id);
        engagement.Status.ShouldBe(EngagementStatus.Waiting);
        engagement.Stage.ShouldBe("work");
        engagement.ClientName.ShouldBe("Ada Lovelace");
        engagement.ClientCompany.ShouldBe("Globex");
        engagement.Owner.ShouldBe("account1");
        engagement.DefinitionVersion.ShouldBe(1);
        engagement.Revision.ShouldBe(1);
        var task = (await h.OpenTasksAsync(id)).ShouldHaveSingleItem();
        task.Title.ShouldBe("Task 1 for Ada Lovelace");
        task.AssigneeGroup.ShouldBe("account");

        var journal = await h.JournalAsync(id);
        journal.Select(j => j.Kind).ShouldBe([JournalEntryKind.EngagementStarted, JournalEntryKind.StageEntered, JournalEntryKind.TaskCreated]);
        journal[0].Actor.ShouldBe("sales-api");
    }

    [Fact]
    public async Task a_running_engagement_stays_on_its_version_when_a_new_one_is_published()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("eight-tasks");
        var first = await h.StartAsync("eight-tasks");

        // Version 2 renames the first task; the engagement already running must keep version 1's steps.
        var v2 = EngineHarness.Fixture("eight-tasks").Replace("Task 2\"", "Second task (v2)\"", StringComparison.Ordinal);
        var published = await h.Definitions.SaveAndPublishAsync(v2, "rename", Operations);
        published.Value!.Version.ShouldBe(2);

        var task = await h.OpenTaskAsync(first, "t1");
        (await h.Engine.CompleteTaskAsync(task.Id, null, null, Account)).Error.ShouldBeNull();
        (await h.OpenTaskAsync(first, "t2")).Title.ShouldBe("Task 2");
        (await h.EngagementAsync(first)).DefinitionVersion.ShouldBe(1);

        var second = await h.StartAsync("eight-tasks");
        (await h.EngagementAsync(second)).DefinitionVersion.ShouldBe(2);
    }

    [Fact]
    public async Task a_retracted_version_no_longer_starts_engagements_but_running_ones_carry_on()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("eight-tasks");
        var running = await h.StartAsync("eight-tasks");

        (await h.Definitions.RetractAsync("eight-tasks", 1, Operations)).Error.ShouldBeNull();

        var refused = await h.Engine.StartAsync(
            new StartEngagement { DefinitionId = "eight-tasks", Client = new ClientInfo("Ada") }, Account);
        refused.Error!.Kind.ShouldBe(ErrorKind.NotFound);
        var task = await h.OpenTaskAsync(running, "t1");
        (await h.Engine.CompleteTaskAsync(task.Id, null, null, Account)).Error.ShouldBeNull();
    }

    [Fact]
    public async Task a_handoff_without_a_client_name_is_refused_with_the_field()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("eight-tasks");

        var result = await h.Engine.StartAsync(
            new StartEngagement { DefinitionId = "eight-tasks", Client = new ClientInfo(" ", Email: "not-an-email") }, Account);

        result.Error!.Kind.ShouldBe(ErrorKind.Invalid);
        result.Error.Fields!.Keys.ShouldBe(["client.name", "client.email"], ignoreOrder: true);
        (await h.QueryAsync(db => Task.FromResult(db.Engagements.Count()))).ShouldBe(0);
    }

    [Fact]
    public async Task starting_an_unknown_definition_is_not_found()
    {
        await using var h = await EngineHarness.StartAsync();
        var result = await h.Engine.StartAsync(new StartEngagement { DefinitionId = "nope", Client = new ClientInfo("Ada") }, Account);
        result.Error!.Kind.ShouldBe(ErrorKind.NotFound);
    }

    [Fact]
    public async Task handoff_variables_override_the_declared_defaults()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("negotiation-loop");

        var id = await h.StartAsync("negotiation-loop", variables: new JsonObject { ["fee"] = 1200 });

        var variables = (await h.EngagementAsync(id)).Variables;
        variables["fee"]!.GetValue<decimal>().ShouldBe(1200m);
        variables["rounds"]!.GetValue<int>().ShouldBe(0);
        variables["client"]!["email"]!.GetValue<string>().ShouldBe("ada@example.com");
    }
}
