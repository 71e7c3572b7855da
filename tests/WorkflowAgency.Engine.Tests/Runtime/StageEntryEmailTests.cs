using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Tests.Runtime;

public sealed class StageEntryEmailTests
{
    [Fact]
    public async Task entering_a_stage_queues_its_client_email_in_the_same_transaction()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("entry-email");

        var id = await h.StartAsync("entry-email");

        var email = await h.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(o => o.EngagementId == id));
        email.Subject.ShouldBe("Welcome, Ada Lovelace");
        email.HtmlBody.ShouldContain("your account manager is account1");
        email.TextBody.ShouldContain("your account manager is account1");
        email.MessageId.ShouldEndWith("@workflowagency>");
        var kinds = (await h.JournalAsync(id)).Select(j => j.Kind).ToList();
        kinds.IndexOf(JournalEntryKind.EmailQueued).ShouldBeGreaterThan(kinds.IndexOf(JournalEntryKind.StageEntered));
        (await h.OpenTasksAsync(id)).ShouldHaveSingleItem().Title.ShouldBe("Call Ada Lovelace");
    }

    [Fact]
    public async Task a_client_name_with_markup_is_escaped_in_the_html_email()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.PublishAsync("entry-email");

        var result = await h.Engine.StartAsync(
            new Engine.Runtime.StartEngagement
            {
                DefinitionId = "entry-email",
                Client = new Engine.Runtime.ClientInfo("<script>alert(1)</script>", Email: "x@example.com"),
            },
            EngineHarness.Operations);

        var email = await h.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(o => o.EngagementId == result.Value));
        email.HtmlBody.ShouldNotContain("<script>");
        email.HtmlBody.ShouldContain("&lt;script&gt;");
    }
}
