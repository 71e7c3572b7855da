using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using static WorkflowAgency.Engine.Tests.Runtime.EngineHarness;

namespace WorkflowAgency.Engine.Tests.Runtime;

public sealed class NegotiationLoopTests
{
    [Fact]
    public async Task negotiation_loops_back_to_proposal_twice_then_the_client_accepts()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("negotiation-loop");
        var id = await h.StartAsync("negotiation-loop", client: "Umbrella");

        foreach (var (fee, answer) in new[] { (5000, "changes"), (4500, "changes"), (4200, "accept") })
        {
            var draft = await h.OpenTaskAsync(id, "draft");
            (await h.Engine.CompleteTaskAsync(draft.Id, null, new JsonObject { ["fee"] = fee, ["summary"] = $"offer {fee}" }, Account))
                .Error.ShouldBeNull();
            (await h.EngagementAsync(id)).Stage.ShouldBe("negotiation");

            var wait = await h.QueryAsync(db => db.Waits.AsNoTracking().SingleAsync(w => w.EngagementId == id));
            wait.Kind.ShouldBe(WaitKind.ClientResponse);
            wait.DueAt.ShouldBe(h.Time.GetUtcNow().UtcDateTime.AddDays(30));
            (await h.Engine.RespondAsClientAsync(wait.Id, answer, new JsonObject { ["comment"] = "see notes" })).Error.ShouldBeNull();
        }

        var engagement = await h.EngagementAsync(id);
        engagement.Status.ShouldBe(EngagementStatus.Completed);
        engagement.Result.ShouldBe("won");
        engagement.Variables["rounds"]!.GetValue<int>().ShouldBe(3);
        engagement.Variables["fee"]!.GetValue<decimal>().ShouldBe(4200m);
        engagement.Variables["proposal_response"]!["response"]!.GetValue<string>().ShouldBe("accept");

        var stages = (await h.JournalAsync(id)).Where(j => j.Kind == JournalEntryKind.StageEntered).Select(j => j.Stage).ToList();
        stages.ShouldBe(["proposal", "negotiation", "proposal", "negotiation", "proposal", "negotiation"]);

        var documents = await h.QueryAsync(db => db.Documents.AsNoTracking().Where(d => d.EngagementId == id).OrderBy(d => d.Version).ToListAsync());
        documents.Select(d => d.Version).ShouldBe([1, 2, 3]);
        documents[2].Html.ShouldContain("Fee: 4200");
        documents[2].Html.ShouldContain("round 3");
        documents[2].TemplateVersion.ShouldNotBeNullOrEmpty();

        var emails = await h.QueryAsync(db => db.Outbox.AsNoTracking()
            .Where(o => o.EngagementId == id && o.Template == "emails/proposal-sent").OrderBy(o => o.CreatedAt).ToListAsync());
        emails.Count.ShouldBe(3);
        emails.ShouldAllBe(e => e.To == "ada@example.com" && e.Status == OutboxStatus.Pending);
        emails[2].Subject.ShouldBe("Your proposal from the agency (v3)");
        emails[2].Attachments.ShouldBe([documents[2].Id]);
        emails[2].TextBody.ShouldContain("proposal for Umbrella");
        emails.Select(e => e.MessageId).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task a_client_that_never_answers_times_out_and_the_engagement_is_lost()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("negotiation-loop");
        var id = await h.StartAsync("negotiation-loop");
        (await h.Engine.CompleteTaskAsync((await h.OpenTaskAsync(id, "draft")).Id, null, new JsonObject { ["fee"] = 900 }, Account)).Error.ShouldBeNull();

        h.Time.Advance(TimeSpan.FromDays(29));
        (await h.Timers.FireDueAsync()).ShouldBe(0);
        h.Time.Advance(TimeSpan.FromDays(1));
        (await h.Timers.FireDueAsync()).ShouldBe(1);

        var engagement = await h.EngagementAsync(id);
        engagement.Status.ShouldBe(EngagementStatus.Completed);
        engagement.Result.ShouldBe("lost");
    }

    [Fact]
    public async Task an_answer_the_link_does_not_offer_is_refused()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("negotiation-loop");
        var id = await h.StartAsync("negotiation-loop");
        (await h.Engine.CompleteTaskAsync((await h.OpenTaskAsync(id, "draft")).Id, null, new JsonObject { ["fee"] = 900 }, Account)).Error.ShouldBeNull();
        var wait = await h.QueryAsync(db => db.Waits.AsNoTracking().SingleAsync(w => w.EngagementId == id));

        var result = await h.Engine.RespondAsClientAsync(wait.Id, "haggle", null);

        result.Error!.Kind.ShouldBe(ErrorKind.Invalid);
        (await h.EngagementAsync(id)).Stage.ShouldBe("negotiation");
    }

    [Fact]
    public async Task the_client_wait_sends_a_signed_link_that_leads_back_to_that_wait_until_it_expires()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("negotiation-loop");
        var id = await h.StartAsync("negotiation-loop");
        (await h.Engine.CompleteTaskAsync((await h.OpenTaskAsync(id, "draft")).Id, null, new JsonObject { ["fee"] = 900 }, Account)).Error.ShouldBeNull();
        var wait = await h.QueryAsync(db => db.Waits.AsNoTracking().SingleAsync(w => w.EngagementId == id));

        var email = await h.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(o => o.EngagementId == id && o.Template == "emails/answer-link"));
        var link = (await h.EngagementAsync(id)).Variables["links"]!["proposal_response"]!["url"]!.GetValue<string>();
        link.ShouldStartWith("https://agency.test/client/");
        email.HtmlBody.ShouldContain(link.Replace("&", "&amp;", StringComparison.Ordinal));

        var token = link["https://agency.test/client/".Length..];
        h.Links.TryRead(token, h.Time.GetUtcNow().UtcDateTime, out var waitId, out var expiresAt).ShouldBeTrue();
        waitId.ShouldBe(wait.Id);
        expiresAt.ShouldBe(wait.DueAt!.Value, TimeSpan.FromSeconds(1));
        var expired = h.Links.Read(token, wait.DueAt!.Value.AddSeconds(1));
        expired.Validity.ShouldBe(Links.LinkValidity.Expired);
        expired.WaitId.ShouldBe(wait.Id);
        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        h.Links.Read(tampered, h.Time.GetUtcNow().UtcDateTime).ShouldBe(Links.LinkReading.Invalid);
        h.Links.Read("not a token", h.Time.GetUtcNow().UtcDateTime).Validity.ShouldBe(Links.LinkValidity.Invalid);
    }
}
