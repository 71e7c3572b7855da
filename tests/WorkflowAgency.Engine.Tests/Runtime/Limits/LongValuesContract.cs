using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using static WorkflowAgency.Engine.Tests.Runtime.EngineHarness;

namespace WorkflowAgency.Engine.Tests.Runtime.Limits;

/// <summary>
/// Values longer than the columns they are stored in. SQLite would keep them and PostgreSQL would refuse the whole
/// commit; the engine decides first, the same way on both: display texts are cut, values that must be exact raise an
/// incident or are refused with the place to fix them, and nothing half-written is left behind.
/// </summary>
public abstract class LongValuesContract
{
    private const string Definition = "long-values";

    // "Brief for Acme Ltd: " comes before the headline in the task's title.
    private const int TitlePrefix = 20;

    /// <summary>An engine on a fresh database of the provider under test.</summary>
    private protected abstract Task<EngineHarness> StartHarnessAsync();

    [Fact]
    public async Task a_task_title_rendered_longer_than_its_column_is_cut_with_an_ellipsis()
    {
        await using var h = await StartHarnessAsync();
        await h.PublishAsync(Definition);

        var id = await h.StartAsync(Definition, variables: Variables(headline: new string('h', 600)));

        var task = await h.OpenTaskAsync(id, "brief");
        task.Title.Length.ShouldBe(TextLimits.Title);
        task.Title.ShouldStartWith("Brief for Acme Ltd: hhh");
        task.Title.ShouldEndWith("h…");
        (await h.EngagementAsync(id)).Status.ShouldBe(EngagementStatus.Waiting);
    }

    [Fact]
    public async Task an_assignee_rendered_longer_than_its_column_is_an_incident_naming_the_step_and_the_limit_and_a_retry_after_the_fix_creates_the_task()
    {
        await using var h = await StartHarnessAsync();
        await h.PublishAsync(Definition);

        var id = await h.StartAsync(Definition, variables: Variables(assignee: new string('a', TextLimits.User + 1)));

        (await h.EngagementAsync(id)).Status.ShouldBe(EngagementStatus.Faulted);
        (await h.OpenTasksAsync(id)).ShouldBeEmpty();
        var incident = await h.QueryAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.EngagementId == id));
        incident.StepId.ShouldBe("brief");
        incident.Message.ShouldContain("humanTask step 'brief' (/stages/0/steps/0/assignee)");
        incident.Message.ShouldContain($"renders to {TextLimits.User + 1} characters, more than the {TextLimits.User}");

        (await h.Engine.UpdateVariablesAsync(id, new JsonObject { ["assignee"] = "account1" }, Operations)).Error.ShouldBeNull();
        (await h.Engine.RetryIncidentAsync(incident.Id, Operations)).Error.ShouldBeNull();

        (await h.OpenTaskAsync(id, "brief")).AssigneeUser.ShouldBe("account1");
        (await h.EngagementAsync(id)).Status.ShouldBe(EngagementStatus.Waiting);
    }

    [Fact]
    public async Task an_email_subject_rendered_longer_than_a_header_line_is_cut_and_the_email_still_goes_out()
    {
        await using var h = await StartHarnessAsync();
        await h.PublishAsync(Definition);
        var id = await h.StartAsync(Definition, variables: Variables(headline: new string('s', 1200)));

        (await h.Engine.CompleteTaskAsync((await h.OpenTaskAsync(id, "brief")).Id, null, null, Account)).Error.ShouldBeNull();

        var email = await h.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.EngagementId == id));
        email.Subject.Length.ShouldBe(TextLimits.HeaderLine);
        email.Subject.ShouldStartWith("About sss");
        email.Subject.ShouldEndWith("s…");
        (await h.EngagementAsync(id)).Status.ShouldBe(EngagementStatus.Completed);
    }

    [Fact]
    public async Task recipients_longer_than_their_column_are_an_incident_nothing_is_queued_and_a_retry_after_the_fix_sends()
    {
        await using var h = await StartHarnessAsync();
        await h.PublishAsync(Definition);
        var tooMany = string.Join(", ", Enumerable.Range(0, 150).Select(i => $"person{i}@example.com"));
        var id = await h.StartAsync(Definition, variables: Variables(recipients: tooMany));

        (await h.Engine.CompleteTaskAsync((await h.OpenTaskAsync(id, "brief")).Id, null, null, Account)).Error.ShouldBeNull();

        var incident = await h.QueryAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.EngagementId == id));
        incident.StepId.ShouldBe("mail");
        incident.Message.ShouldContain("sendEmail step 'mail' (/stages/0/steps/1)");
        incident.Message.ShouldContain($"{tooMany.Length} characters, more than the {TextLimits.Recipients}");
        (await h.QueryAsync(db => db.Outbox.CountAsync(m => m.EngagementId == id))).ShouldBe(0);
        (await h.QueryAsync(db => db.Tasks.SingleAsync(t => t.EngagementId == id))).Status.ShouldBe(WorkTaskStatus.Completed,
            "the completion itself commits; only the email waits for the fix");

        (await h.Engine.UpdateVariablesAsync(id, new JsonObject { ["recipients"] = "team@example.com" }, Operations)).Error.ShouldBeNull();
        (await h.Engine.RetryIncidentAsync(incident.Id, Operations)).Error.ShouldBeNull();

        (await h.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.EngagementId == id))).To.ShouldBe("team@example.com");
        (await h.EngagementAsync(id)).Status.ShouldBe(EngagementStatus.Completed);
    }

    [Fact]
    public async Task values_exactly_at_their_limits_are_stored_whole()
    {
        await using var h = await StartHarnessAsync();
        var definitionId = new string('d', TextLimits.Key);
        var name = new string('n', TextLimits.Name);
        var json = Fixture(Definition).Replace("\"long-values\"", $"\"{definitionId}\"", StringComparison.Ordinal)
            .Replace("Texts made of data", name, StringComparison.Ordinal);
        var note = new string('v', TextLimits.Note);
        (await h.Definitions.SaveAndPublishAsync(json, note, Operations)).Error.ShouldBeNull();
        var assignee = new string('u', TextLimits.User);
        var recipients = new string('r', TextLimits.Recipients - "@example.com".Length) + "@example.com";

        var id = await h.StartAsync(definitionId, variables: Variables(
            headline: new string('h', TextLimits.Title - TitlePrefix), assignee: assignee, recipients: recipients));
        var task = await h.OpenTaskAsync(id, "brief");
        (await h.Engine.CompleteTaskAsync(task.Id, null, null, Actor.User(assignee))).Error.ShouldBeNull();

        task.Title.Length.ShouldBe(TextLimits.Title);
        task.Title.ShouldNotContain("…");
        task.AssigneeUser.ShouldBe(assignee);
        var version = await h.QueryAsync(db => db.DefinitionVersions.AsNoTracking().SingleAsync());
        (version.DefinitionId, version.Name, version.Note).ShouldBe((definitionId, name, note));
        (await h.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.EngagementId == id))).To.ShouldBe(recipients);
    }

    [Fact]
    public async Task a_draft_whose_id_or_name_is_too_long_is_refused_with_their_json_pointers_and_nothing_is_stored()
    {
        await using var h = await StartHarnessAsync();
        var json = Fixture(Definition).Replace("\"long-values\"", $"\"{new string('d', TextLimits.Key + 1)}\"", StringComparison.Ordinal)
            .Replace("Texts made of data", new string('n', TextLimits.Name + 1), StringComparison.Ordinal);

        var saved = await h.Definitions.SaveDraftAsync(json, null, Operations);

        saved.Error!.Kind.ShouldBe(ErrorKind.Invalid);
        saved.Error.Fields!["/id"].ShouldHaveSingleItem().ShouldContain($"is {TextLimits.Key + 1} characters long; use at most {TextLimits.Key}");
        saved.Error.Fields["/name"].ShouldHaveSingleItem().ShouldContain($"use at most {TextLimits.Name}");
        (await h.QueryAsync(db => db.DefinitionDrafts.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task a_publish_note_too_long_for_its_column_is_refused_by_field_and_no_version_is_stored()
    {
        await using var h = await StartHarnessAsync();
        (await h.Definitions.SaveDraftAsync(Fixture(Definition), null, Operations)).Error.ShouldBeNull();

        var published = await h.Definitions.PublishAsync(Definition, new string('v', TextLimits.Note + 1), Operations);

        published.Error!.Kind.ShouldBe(ErrorKind.Invalid);
        published.Error.Fields!["note"].ShouldBe([$"Use at most {TextLimits.Note} characters"]);
        (await h.QueryAsync(db => db.DefinitionVersions.CountAsync())).ShouldBe(0);
    }

    private static JsonObject Variables(string headline = "launch", string assignee = "account1", string recipients = "ada@example.com") =>
        new() { ["headline"] = headline, ["assignee"] = assignee, ["recipients"] = recipients };
}
