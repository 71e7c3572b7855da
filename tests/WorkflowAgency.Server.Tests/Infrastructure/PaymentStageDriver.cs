using System.Net;
using System.Text.Json.Nodes;

namespace WorkflowAgency.Server.Tests.Infrastructure;

/// <summary>Moves an engagement of the shipped process over HTTP into its payment stage, waiting for <c>payment_received</c>.</summary>
internal static class PaymentStageDriver
{
    /// <summary>The engagement, and the invoice number its close task raised (unique per engagement).</summary>
    public static async Task<(Guid Id, string Invoice)> ToPaymentWaitAsync(ServerFactory server)
    {
        var id = await ProcessDriver.ToNegotiationAsync(server);
        var account1 = await server.SignedInAsync("account1");
        var manager = await server.SignedInAsync("manager");
        await AnswerAsync(server, await account1.ClientLinkAsync(id, "proposal_response"), ("response", "accept"));
        await account1.CompleteAsync(id, "contract", new JsonObject { ["contract_value"] = 21000, ["contract_signed_date"] = "2026-03-02" }, "signed");
        await account1.CompleteAsync(id, "plan", new JsonObject { ["kpi_targets"] = "Orders | 1400", ["budget_allocated"] = 20000 });
        await (await server.SignedInAsync("creative")).CompleteAsync(id, "creative");
        await (await server.SignedInAsync("planning")).CompleteAsync(id, "planning");
        await (await server.SignedInAsync("production")).CompleteAsync(id, "production", new JsonObject { ["deliverable_name"] = "Landing page" });
        await account1.CompleteAsync(id, "coordinate", new JsonObject { ["budget_spent"] = 19000 });
        await account1.CompleteAsync(id, "results", new JsonObject
        {
            ["report_period"] = "Spring",
            ["results_summary"] = "Orders grew.",
            ["kpi_results"] = "Orders | 1400 | 1460 | 1000",
            ["budget_actual"] = 19000,
        });
        await manager.CompleteAsync(id, "approve", outcome: "approve");
        await AnswerAsync(server, await account1.ClientLinkAsync(id, "report_feedback"), ("response", "received"));
        var number = "INV-" + id.ToString("N")[^8..];
        await account1.CompleteAsync(id, "close", new JsonObject { ["invoice_number"] = number, ["invoice_amount"] = 21000, ["invoice_due"] = "2026-04-30" });
        (await account1.StageAsync(id)).ShouldBe("payment");
        return (id, number);
    }

    /// <summary>Answers a client link as the client's browser does: the form posted to the link's page.</summary>
    public static async Task AnswerAsync(ServerFactory server, string link, params (string Name, string Value)[] fields)
    {
        var client = server.Anonymous();
        (await client.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var response = await client.PostAsync(link, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }
}
