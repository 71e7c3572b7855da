using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Email.Outbox;
using WorkflowAgency.Email.Tests.Infrastructure;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Process;

/// <summary>
/// The shipped process driven end to end the way its users drive it: staff through the API, Sales and accounting
/// with tokens, the client through the pages their emails link to, every email delivered to a real SMTP server.
/// </summary>
public sealed class ShippedProcessOverHttpTests
{
    private static readonly string[] ExpectedEmails =
    [
        "emails/welcome", "emails/brief-received", "emails/proposal-sent", "emails/proposal-sent", "emails/proposal-reminder",
        "emails/contract-won", "emails/deliverable-ready", "emails/report-delivered", "emails/invoice-issued",
        "emails/payment-reminder", "emails/payment-received", "emails/aftercare-checkin", "emails/renewal-reminder",
    ];

    [Fact]
    public async Task an_engagement_runs_through_all_eight_stages_over_http_with_every_client_email_sent()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync();
        await using var server = new SmtpFactory(smtp.Port);
        var sales = await server.WithTokenAsync("integration");
        var id = await sales.HandoffAsync(owner: "account1");
        var people = await People.SignInAsync(server);

        await people.Account.CompleteAsync(id, "contact", DefaultProcess.Contact());
        await people.Account.CompleteAsync(id, "capture", DefaultProcess.Brief());
        await people.Account.CompleteAsync(id, "analyse", DefaultProcess.Analysis(), "ready");

        // Round 1: the client asks for changes through the link in the proposal email.
        await people.Account.CompleteAsync(id, "draft", DefaultProcess.Proposal());
        await people.Manager.CompleteAsync(id, "review", outcome: "approve");
        await AnswerAsync(server, await people.Account.ClientLinkAsync(id, "proposal_response"), ("response", "changes"), ("comment", "Can we drop video?"));
        (await people.Account.StageAsync(id)).ShouldBe("proposal");

        // Round 2: the client goes quiet, gets the reminder with a new link, and accepts.
        await people.Account.CompleteAsync(id, "draft", DefaultProcess.Proposal());
        await people.Manager.CompleteAsync(id, "review", outcome: "approve");
        people = await AdvanceAsync(server, TimeSpan.FromDays(23), expectFired: 1);
        await AnswerAsync(server, await people.Account.ClientLinkAsync(id, "proposal_response"), ("response", "accept"));
        await people.Account.CompleteAsync(id, "contract", new JsonObject { ["contract_value"] = 21000, ["contract_signed_date"] = "2026-03-30" }, "signed");

        (await people.Account.StageAsync(id)).ShouldBe("execution");
        await people.Account.CompleteAsync(id, "plan", new JsonObject { ["kpi_targets"] = "Orders | 1400", ["budget_allocated"] = 20000 });
        await people.Creative.CompleteAsync(id, "creative");
        await people.Planning.CompleteAsync(id, "planning");
        await people.Production.CompleteAsync(id, "production", new JsonObject { ["deliverable_name"] = "Spring landing page" });
        await people.Account.CompleteAsync(id, "coordinate", new JsonObject { ["budget_spent"] = 23000 });
        await people.Manager.CompleteAsync(id, "overspend", outcome: "approve");

        (await people.Account.StageAsync(id)).ShouldBe("report");
        await people.Account.CompleteAsync(id, "results", Results());
        await people.Manager.CompleteAsync(id, "approve", outcome: "approve");
        await AnswerAsync(server, await people.Account.ClientLinkAsync(id, "report_feedback"), ("response", "received"));

        (await people.Account.StageAsync(id)).ShouldBe("payment");
        var due = server.Time.GetUtcNow().AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await people.Account.CompleteAsync(id, "close", new JsonObject { ["invoice_number"] = "INV-2026-042", ["invoice_amount"] = 21000, ["invoice_due"] = due });
        people = await AdvanceAsync(server, TimeSpan.FromDays(31), expectFired: 1);
        await people.Account.CompleteAsync(id, "chase", outcome: "wait");
        var accounting = await server.WithTokenAsync("integration");
        var paid = await accounting.PostAsJsonAsync($"/api/engagements/{id}/signals/payment_received", new { data = new { amount = 21000, date = "2026-05-12" } });
        (await paid.ShouldBeOkAsync())["delivered"]!.GetValue<int>().ShouldBe(1);

        (await people.Account.StageAsync(id)).ShouldBe("aftercare");
        people = await AdvanceAsync(server, TimeSpan.FromDays(14), expectFired: 1);
        var survey = await people.Account.ClientLinkAsync(id, "survey");
        var page = await (await server.Anonymous().GetAsync(survey)).Content.ReadAsStringAsync();
        page.ShouldContain("How did we do?");
        page.ShouldContain("name=\"recommend\" value=\"10\"");
        await AnswerAsync(server, survey, ("response", "submit"), ("recommend", "9"), ("knowledge", "8"), ("care", "10"), ("comment", "Great team"));
        await people.Account.CompleteAsync(id, "renewal", new JsonObject { ["renewal_date"] = "2026-08-01" }, "remind");
        people = await AdvanceAsync(server, TimeSpan.FromDays(120), expectFired: 1);
        await people.Account.CompleteAsync(id, "renewal", new JsonObject { ["upsell_value"] = 8000 }, "upsold");

        var engagement = await people.Manager.EngagementAsync(id);
        engagement["engagement"]!["status"]!.GetValue<string>().ShouldBe("completed");
        engagement["engagement"]!["result"]!.GetValue<string>().ShouldBe("upsold");
        engagement["variables"]!["survey"]!["data"]!["recommend"]!.GetValue<long>().ShouldBe(9);
        engagement["documents"]!.AsArray().Select(d => $"{d!["name"]} v{d["version"]}").ShouldBe(["proposal v1", "proposal v2", "final_report v1", "closure v1"], ignoreOrder: true);

        // Every client email leaves through the outbox worker to the SMTP server, links pointing at the public address.
        var outbox = server.Services.GetRequiredService<OutboxWorker>();
        while (await outbox.SendDueAsync() > 0)
        {
        }
        smtp.Received.Count.ShouldBe(ExpectedEmails.Length);
        smtp.Received.ShouldAllBe(e => e.EnvelopeTo.Single() == "ada@example.com");
        var sentTemplates = (await people.Manager.EngagementAsync(id))["emails"]!.AsArray().Select(e => e!["template"]!.GetValue<string>());
        sentTemplates.ShouldBe(ExpectedEmails, ignoreOrder: true);
        (await people.Manager.EngagementAsync(id))["emails"]!.AsArray().ShouldAllBe(e => e!["status"]!.GetValue<string>() == "sent");
        var withLinks = smtp.Received.Where(e => (e.Message.HtmlBody ?? "").Contains("https://agency.example/client/", StringComparison.Ordinal))
            .Select(e => e.Message.Subject).ToList();
        withLinks.Count.ShouldBe(5, string.Join(" | ", withLinks));
    }

    private static async Task AnswerAsync(ServerFactory server, string link, params (string Name, string Value)[] fields)
    {
        var client = server.Anonymous();
        (await client.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var response = await client.PostAsync(link, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Moves the clock and fires what fell due; sessions are signed in again, as people would after days away.</summary>
    private static async Task<People> AdvanceAsync(ServerFactory server, TimeSpan by, int expectFired)
    {
        server.Time.Advance(by);
        (await server.Services.GetRequiredService<TimerWorker>().FireDueAsync()).ShouldBe(expectFired);
        return await People.SignInAsync(server);
    }

    private static JsonObject Results() => new()
    {
        ["report_period"] = "April to June 2026",
        ["goal_met"] = true,
        ["results_summary"] = "Online orders grew by 46%.",
        ["kpi_results"] = "Orders | 1400 | 1460 | 1000",
        ["budget_actual"] = 23000,
    };

    private sealed record People(HttpClient Account, HttpClient Manager, HttpClient Creative, HttpClient Planning, HttpClient Production)
    {
        public static async Task<People> SignInAsync(ServerFactory server) => new(
            await server.SignedInAsync("account1"),
            await server.SignedInAsync("manager"),
            await server.SignedInAsync("creative"),
            await server.SignedInAsync("planning"),
            await server.SignedInAsync("production"));
    }

    private sealed class SmtpFactory(int port) : ServerFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Smtp:Host"] = "127.0.0.1";
            settings["Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Smtp:Security"] = "None";
            // The shipped templates put a link in an email only when it is https.
            settings["PublicBaseUrl"] = "https://agency.example/";
            return settings;
        }
    }
}
