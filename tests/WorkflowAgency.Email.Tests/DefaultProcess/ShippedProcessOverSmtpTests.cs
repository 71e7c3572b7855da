using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Email.Tests.Infrastructure;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Email.Tests.DefaultProcess;

/// <summary>
/// The shipped process and templates, driven through all eight stages as an agency would, with every client email
/// delivered to a real SMTP server on loopback.
/// </summary>
public sealed class ShippedProcessOverSmtpTests
{
    private static readonly Actor Account = Actor.User("account1", "account");
    private static readonly Actor Manager = Actor.User("manager1", "manager");
    private static readonly Actor Creative = Actor.User("creative1", "creative");
    private static readonly Actor Planning = Actor.User("planning1", "planning");
    private static readonly Actor Production = Actor.User("production1", "production");

    /// <summary>The client emails of the scenario below, in the order the client receives them.</summary>
    private static readonly string[] ExpectedEmails =
    [
        "emails/welcome", "emails/brief-received", "emails/proposal-sent", "emails/proposal-sent", "emails/proposal-reminder",
        "emails/contract-won", "emails/deliverable-ready", "emails/report-delivered", "emails/invoice-issued",
        "emails/payment-reminder", "emails/payment-received", "emails/aftercare-checkin", "emails/renewal-reminder",
    ];

    [Fact]
    public async Task an_engagement_goes_through_all_eight_stages_and_the_client_receives_every_email_in_order()
    {
        using var folder = new TempFolder();
        await using var smtp = await TestSmtpServer.StartNewAsync();
        await using var h = await EmailHarness.OpenAsync(folder.File("agency.db"), EmailHarness.NewClock(), smtp, templatesRoot: Repository.Templates);
        (await h.Definitions.SaveAndPublishAsync(await File.ReadAllTextAsync(Repository.DefaultProcess), "shipped", EmailHarness.Operations))
            .Error.ShouldBeNull();
        var id = (await h.Engine.StartAsync(
            new StartEngagement
            {
                DefinitionId = "client-engagement",
                Client = new ClientInfo("Ada Lovelace", "Contoso Coffee", EmailHarness.ClientAddress),
                Owner = "account1",
                Variables = new JsonObject { ["owner_name"] = "Alex Account" },
            },
            Actor.User("sales-api", "integration"))).Value;
        await h.Worker.SendDueAsync();
        var e = new EngagementDriver(h, id);

        await e.ShouldBeInAsync("handoff");
        await e.CompleteAsync("contact", Account, new JsonObject { ["needs"] = "More online orders", ["budget"] = 30000 });

        await e.ShouldBeInAsync("brief");
        await e.CompleteAsync("capture", Account, Sample.Brief());
        await e.CompleteAsync("analyse", Account, new JsonObject { ["success_measures"] = "Online orders +40%", ["kpi_targets"] = "Orders | 1400" }, "ready");

        // Round 1: drafted, approved, sent; the client asks for changes.
        await e.ShouldBeInAsync("proposal");
        await e.CompleteAsync("draft", Account, Sample.Proposal(fee: 24000));
        await e.CompleteAsync("review", Manager, outcome: "approve");
        await e.ShouldBeInAsync("negotiation");
        await e.AnswerAsync("proposal_response", "changes", new JsonObject { ["comment"] = "Can we drop video?" });

        // Round 2: the client goes quiet, gets the reminder, then accepts.
        await e.ShouldBeInAsync("proposal");
        await e.CompleteAsync("draft", Account, Sample.Proposal(fee: 21000));
        await e.CompleteAsync("review", Manager, outcome: "approve");
        (await e.AdvanceAsync(TimeSpan.FromDays(23))).ShouldBe(1);
        await e.AnswerAsync("proposal_response", "accept");
        await e.CompleteAsync("contract", Account, new JsonObject { ["contract_value"] = 21000, ["contract_signed_date"] = "2026-03-30" }, "signed");

        await e.ShouldBeInAsync("execution");
        await e.CompleteAsync("plan", Account, new JsonObject { ["kpi_targets"] = "Orders | 1400", ["budget_allocated"] = 20000 });
        (await h.OpenTasksAsync(id)).Select(t => t.AssigneeGroup).ShouldBe(["creative", "planning", "production"]);
        await e.CompleteAsync("creative", Creative);
        await e.CompleteAsync("planning", Planning);
        await e.CompleteAsync("production", Production, new JsonObject { ["deliverable_name"] = "Spring campaign landing page" });
        await e.CompleteAsync("coordinate", Account, new JsonObject { ["budget_spent"] = 23000 });
        await e.CompleteAsync("overspend", Manager, outcome: "approve");

        await e.ShouldBeInAsync("report");
        await e.CompleteAsync("results", Account, Sample.Results());
        await e.CompleteAsync("approve", Manager, outcome: "approve");
        await e.AnswerAsync("report_feedback", "received");

        // Payment is late: the invoice date passes, a reminder goes out, the account chases, then it arrives.
        await e.ShouldBeInAsync("payment");
        var due = h.Time.GetUtcNow().AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await e.CompleteAsync("close", Account, new JsonObject { ["invoice_number"] = "INV-2026-042", ["invoice_amount"] = 21000, ["invoice_due"] = due });
        (await e.AdvanceAsync(TimeSpan.FromDays(31))).ShouldBe(1);
        await e.CompleteAsync("chase", Account, outcome: "wait");
        (await e.AdvanceAsync(TimeSpan.FromDays(3))).ShouldBe(0);
        await e.SignalAsync("payment_received", new JsonObject { ["amount"] = 21000, ["date"] = "2026-05-12" });

        await e.ShouldBeInAsync("aftercare");
        (await e.AdvanceAsync(TimeSpan.FromDays(14))).ShouldBe(1);
        await e.AnswerAsync("survey", "submit", new JsonObject { ["recommend"] = 9, ["knowledge"] = 8, ["care"] = 10, ["comment"] = "Great team" });
        await e.CompleteAsync("renewal", Account, new JsonObject { ["renewal_date"] = "2026-08-01" }, "remind");
        (await e.AdvanceAsync(TimeSpan.FromDays(90))).ShouldBe(1);
        await e.CompleteAsync("renewal", Account, new JsonObject { ["upsell_value"] = 8000 }, "upsold");

        var engagement = await h.EngagementAsync(id);
        engagement.Status.ShouldBe(EngagementStatus.Completed);
        engagement.Result.ShouldBe("upsold");
        engagement.Variables["rounds"]!.GetValue<int>().ShouldBe(2);
        engagement.Variables["survey"]!["data"]!["recommend"]!.GetValue<long>().ShouldBe(9);

        var stages = (await h.JournalAsync(id)).Where(j => j.Kind == JournalEntryKind.StageEntered).Select(j => j.Stage).ToList();
        stages.ShouldBe(["handoff", "brief", "proposal", "negotiation", "proposal", "negotiation", "execution", "report", "payment", "aftercare"]);
        var documents = await h.QueryAsync(db => db.Documents.AsNoTracking().Where(d => d.EngagementId == id).Select(d => d.Name + " v" + d.Version).ToListAsync());
        documents.ShouldBe(["proposal v1", "proposal v2", "final_report v1", "closure v1"], ignoreOrder: true);

        // What the client actually received, in order, each with both parts.
        var outbox = (await h.OutboxAsync(id)).ToDictionary(m => m.MessageId);
        string TemplateOf(ReceivedEmail email) => outbox[$"<{email.Message.MessageId}>"].Template!;
        var received = smtp.Received;
        received.Select(TemplateOf).ShouldBe(ExpectedEmails);
        received.ShouldAllBe(r => r.EnvelopeTo.Contains(EmailHarness.ClientAddress));
        received.ShouldAllBe(r => r.Message.HtmlBody != null && r.Message.TextBody != null && !string.IsNullOrEmpty(r.Message.Subject));
        received.Single(r => TemplateOf(r) == "emails/invoice-issued").Message.Attachments.Count().ShouldBe(1);
        received.Where(r => TemplateOf(r) == "emails/proposal-sent")
            .ShouldAllBe(r => r.Message.HtmlBody!.Contains("https://agency.test/client/", StringComparison.Ordinal));
        outbox.Values.ShouldAllBe(m => m.Status == OutboxStatus.Sent);
    }
}
