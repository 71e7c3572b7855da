using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using static WorkflowAgency.Engine.Tests.Runtime.EngineHarness;

namespace WorkflowAgency.Engine.Tests.Runtime;

public sealed class IncidentTests
{
    [Fact]
    public async Task a_condition_over_missing_data_raises_an_incident_that_is_retried_after_the_data_is_fixed()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("decisions");

        // 'needs_review' is not declared and not provided: the second case cannot be decided.
        var id = await h.StartAsync("decisions", variables: new JsonObject { ["budget"] = 5000 });

        var engagement = await h.EngagementAsync(id);
        engagement.Status.ShouldBe(EngagementStatus.Faulted);
        engagement.Variables["vat"]!.GetValue<decimal>().ShouldBe(1000m);
        var incident = await h.QueryAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.EngagementId == id));
        incident.StepId.ShouldBe("route");
        incident.Stage.ShouldBe("brief");
        incident.Message.ShouldContain("needs_review");
        incident.Message.ShouldContain("/stages/0/steps/1/cases/1/when");
        incident.ResolvedAt.ShouldBeNull();

        (await h.Engine.UpdateVariablesAsync(id, new JsonObject { ["needs_review"] = false }, Operations)).Error.ShouldBeNull();
        (await h.Engine.RetryIncidentAsync(incident.Id, Operations)).Error.ShouldBeNull();

        engagement = await h.EngagementAsync(id);
        engagement.Status.ShouldBe(EngagementStatus.Completed);
        engagement.Result.ShouldBe("fast-track");
        var resolved = await h.QueryAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.Id == incident.Id));
        resolved.ResolvedBy.ShouldBe("ops1");
        (await h.Engine.RetryIncidentAsync(incident.Id, Operations)).Error!.Kind.ShouldBe(ErrorKind.Conflict);
    }

    [Fact]
    public async Task retrying_without_a_fix_raises_a_fresh_incident_and_counts_the_attempt()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("decisions");
        var id = await h.StartAsync("decisions", variables: new JsonObject { ["budget"] = 5000 });
        var first = await h.QueryAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.EngagementId == id));

        (await h.Engine.RetryIncidentAsync(first.Id, Operations)).Error.ShouldBeNull();

        var incidents = await h.QueryAsync(db => db.Incidents.AsNoTracking().Where(i => i.EngagementId == id).ToListAsync());
        incidents.Count.ShouldBe(2);
        incidents.Single(i => i.ResolvedAt is null).Attempts.ShouldBe(2);
        (await h.EngagementAsync(id)).Status.ShouldBe(EngagementStatus.Faulted);
    }

    [Fact]
    public async Task a_decision_takes_the_first_case_that_holds()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("decisions");

        var id = await h.StartAsync("decisions", variables: new JsonObject { ["budget"] = 60000 });

        var task = (await h.OpenTasksAsync(id)).ShouldHaveSingleItem();
        task.StepId.ShouldBe("director");
        task.Title.ShouldBe("Director review (60000)");
        task.AssigneeGroup.ShouldBe("manager");
    }

    [Fact]
    public async Task a_template_that_fails_at_run_time_is_an_incident_and_the_task_completion_still_commits()
    {
        await using var h = await EngineHarness.StartAsync();
        var json = EngineHarness.Fixture("negotiation-loop").Replace("documents/proposal", "documents/strict", StringComparison.Ordinal);
        (await h.Definitions.SaveAndPublishAsync(json, null, Operations)).Error.ShouldBeNull();
        var id = await h.StartAsync("negotiation-loop");

        var result = await h.Engine.CompleteTaskAsync((await h.OpenTaskAsync(id, "draft")).Id, null, new JsonObject { ["fee"] = 10 }, Account);

        result.Error.ShouldBeNull();
        var engagement = await h.EngagementAsync(id);
        engagement.Status.ShouldBe(EngagementStatus.Faulted);
        var incident = await h.QueryAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.EngagementId == id));
        incident.StepId.ShouldBe("render");
        incident.Message.ShouldContain("documents/strict");
        incident.Message.ShouldContain("discount_code");
        // The person's work is not lost because a later step failed.
        engagement.Variables["fee"]!.GetValue<int>().ShouldBe(10);

        (await h.Engine.UpdateVariablesAsync(id, new JsonObject { ["discount_code"] = "SPRING" }, Operations)).Error.ShouldBeNull();
        (await h.Engine.RetryIncidentAsync(incident.Id, Operations)).Error.ShouldBeNull();
        (await h.EngagementAsync(id)).Stage.ShouldBe("negotiation");
    }

    [Fact]
    public async Task a_definition_naming_a_missing_template_cannot_be_published()
    {
        await using var h = await EngineHarness.StartAsync();
        var json = EngineHarness.Fixture("negotiation-loop").Replace("documents/proposal", "documents/nowhere", StringComparison.Ordinal);

        var result = await h.Definitions.SaveAndPublishAsync(json, null, Operations);

        result.Error!.Kind.ShouldBe(ErrorKind.Invalid);
        result.Error.Fields!["/stages/0/steps/2/template"].ShouldHaveSingleItem().ShouldContain("documents/nowhere");
    }

    [Fact]
    public async Task an_incident_on_a_branch_is_closed_when_another_branch_ends_the_stage()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("withdrawn-incident");
        var id = await h.StartAsync("withdrawn-incident");
        (await h.EngagementAsync(id)).Status.ShouldBe(EngagementStatus.Faulted);

        (await h.Engine.CompleteTaskAsync((await h.OpenTaskAsync(id, "deliver")).Id, "ship", null, Account)).Error.ShouldBeNull();

        var engagement = await h.EngagementAsync(id);
        engagement.Status.ShouldBe(EngagementStatus.Completed);
        var incident = await h.QueryAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.EngagementId == id));
        incident.ResolvedBy.ShouldBe("system");
        incident.ResolvedAt.ShouldBe(h.Time.GetUtcNow().UtcDateTime);
        (await h.JournalAsync(id)).ShouldContain(j => j.Kind == JournalEntryKind.IncidentResolved && j.Actor == "system");
    }
}
