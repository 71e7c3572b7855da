using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Engine.Tests.Runtime;
using static WorkflowAgency.Engine.Tests.Runtime.EngineHarness;

namespace WorkflowAgency.Engine.Tests.DefaultProcess;

/// <summary>The shipped process and templates, driven through all eight stages as an agency would.</summary>
public sealed class ClientEngagementTests
{
    private static string ShippedTemplates => Path.Combine(TestTemplates.Repository, "templates");

    private static string ShippedDefinition => File.ReadAllText(Path.Combine(TestTemplates.Repository, "workflows", "client-engagement.json"));

    [Fact]
    public async Task the_shipped_process_validates_clean_against_the_shipped_templates()
    {
        await using var h = await EngineHarness.StartAsync(templatesRoot: ShippedTemplates);

        var check = h.Definitions.Validate(ShippedDefinition);

        check.Problems.ShouldBeEmpty();
        check.Document!.Stages!.Select(s => s.Id).ShouldBe(["handoff", "brief", "proposal", "negotiation", "execution", "report", "payment", "aftercare"]);
    }

    [Fact]
    public async Task an_engagement_goes_through_all_eight_stages_with_a_change_round_late_payment_and_an_upsell()
    {
        await using var h = await EngineHarness.StartAsync(templatesRoot: ShippedTemplates);
        (await h.Definitions.SaveAndPublishAsync(ShippedDefinition, "shipped", Operations)).Error.ShouldBeNull();
        var id = await h.StartAsync("client-engagement", client: "Contoso Coffee",
            variables: new JsonObject { ["owner_name"] = "Alex Account" });
        var e = new EngagementDriver(h, id);

        await e.ShouldBeInAsync("handoff");
        await e.CompleteAsync("contact", Account, new JsonObject { ["needs"] = "More online orders", ["budget"] = 30000 });

        await e.ShouldBeInAsync("brief");
        await e.CompleteAsync("capture", Account, Brief());
        await e.CompleteAsync("analyse", Account, new JsonObject { ["success_measures"] = "Online orders +40%", ["kpi_targets"] = "Orders | 1400" }, "ready");

        // Round 1: drafted, approved, sent; the client asks for changes.
        await e.ShouldBeInAsync("proposal");
        await e.CompleteAsync("draft", Account, Proposal(fee: 24000));
        await e.CompleteAsync("review", Manager, outcome: "approve");
        await e.ShouldBeInAsync("negotiation");
        await e.AnswerAsync("proposal_response", "changes", new JsonObject { ["comment"] = "Can we drop video?" });

        // Round 2: the client goes quiet, gets the reminder, then accepts.
        await e.ShouldBeInAsync("proposal");
        await e.CompleteAsync("draft", Account, Proposal(fee: 21000));
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
        await e.CompleteAsync("results", Account, Results());
        await e.CompleteAsync("approve", Manager, outcome: "approve");
        await e.AnswerAsync("report_feedback", "received");

        await e.ShouldBeInAsync("payment");
        var due = h.Time.GetUtcNow().AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await e.CompleteAsync("close", Account, new JsonObject { ["invoice_number"] = "INV-2026-042", ["invoice_amount"] = 21000, ["invoice_due"] = due });
        (await e.AdvanceAsync(TimeSpan.FromDays(31))).ShouldBe(1);
        await e.CompleteAsync("chase", Account, outcome: "wait");
        (await e.AdvanceAsync(TimeSpan.FromDays(3))).ShouldBe(0);
        (await h.Engine.SignalAsync(id, "payment_received", new JsonObject { ["amount"] = 21000, ["date"] = "2026-05-12" }, Actor.User("accounting", "integration")))
            .Error.ShouldBeNull();

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

        var documents = await h.QueryAsync(db => db.Documents.AsNoTracking().Where(d => d.EngagementId == id).OrderBy(d => d.CreatedAt).Select(d => d.Name + " v" + d.Version).ToListAsync());
        documents.ShouldBe(["proposal v1", "proposal v2", "final_report v1", "closure v1"], ignoreOrder: true);

        // The journal's sequence gives the order; outbox rows written at the same (fake) instant have no order of their own.
        var queued = (await h.JournalAsync(id)).Where(j => j.Kind == JournalEntryKind.EmailQueued).Select(j => j.Data!["template"]!.GetValue<string>());
        queued.ShouldBe(ExpectedEmails);
        var emails = await h.QueryAsync(db => db.Outbox.AsNoTracking().Where(o => o.EngagementId == id).ToListAsync());
        emails.Count.ShouldBe(ExpectedEmails.Length);
        emails.ShouldAllBe(o => o.To == "ada@example.com" && o.HtmlBody.Length > 0 && o.TextBody.Length > 0 && o.Subject.Length > 0);
        emails.Single(o => o.Template == "emails/invoice-issued").Attachments.Count.ShouldBe(1);
    }

    /// <summary>The client emails of that engagement, in the order they were written to the outbox.</summary>
    internal static readonly string[] ExpectedEmails =
    [
        "emails/welcome", "emails/brief-received", "emails/proposal-sent", "emails/proposal-sent", "emails/proposal-reminder",
        "emails/contract-won", "emails/deliverable-ready", "emails/report-delivered", "emails/invoice-issued",
        "emails/payment-reminder", "emails/payment-received", "emails/aftercare-checkin", "emails/renewal-reminder",
    ];

    private static JsonObject Brief() => new()
    {
        ["objectives"] = "Grow online orders\nLaunch the spring range",
        ["target_audience"] = "Commuters aged 25-40 in London",
        ["channels"] = new JsonArray("seo", "social", "ppc"),
        ["budget"] = 30000,
        ["currency"] = "GBP",
        ["start_date"] = "2026-04-01",
        ["end_date"] = "2026-06-30",
    };

    private static JsonObject Proposal(int fee) => new()
    {
        ["project_name"] = "Spring online orders",
        ["executive_summary"] = "A three-month search and social programme to grow online orders by 40%.",
        ["scope_included"] = "SEO audit and fixes\nPaid social campaigns",
        ["scope_excluded"] = "Print",
        ["assumptions"] = "Access to analytics by 1 April",
        ["deliverables"] = "SEO audit | 2026-04-15 | Technical and content audit\nCampaign launch | 2026-05-01 | Paid social live",
        ["milestones"] = "2026-04-01 | Kick-off\n2026-06-30 | Final report",
        ["fee_lines"] = $"Strategy | 4000\nExecution | {fee - 4000}",
        ["fee"] = fee,
        ["contingency_percent"] = 10,
        ["revision_rounds"] = 2,
    };

    private static JsonObject Results() => new()
    {
        ["report_period"] = "April–June 2026",
        ["goal_met"] = true,
        ["results_summary"] = "Online orders grew 46% against a 40% goal.",
        ["kpi_results"] = "Orders | 1400 | 1460 | 1000",
        ["channel_results"] = "Paid social | 12000 | 900 | 13.33\nSEO | 6000 | 560 | 10.71",
        ["what_worked"] = "Short video ads",
        ["what_did_not"] = "Display retargeting",
        ["recommendations"] = "Move display budget to search",
        ["next_steps"] = "Plan the autumn campaign",
        ["budget_actual"] = 23000,
    };
}
