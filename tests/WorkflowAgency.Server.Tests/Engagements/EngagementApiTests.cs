using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Engagements;

public sealed class EngagementApiTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task an_engagement_shows_its_stage_variables_tasks_and_emails()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync(company: "Northwind Traders");

        var detail = await account1.EngagementAsync(id);

        detail["engagement"]!["stage"]!.GetValue<string>().ShouldBe("handoff");
        detail["engagement"]!["status"]!.GetValue<string>().ShouldBe("waiting");
        detail["engagement"]!["owner"]!.GetValue<string>().ShouldBe("account1");
        detail["variables"]!["owner_name"]!.GetValue<string>().ShouldBe("Alex Account");
        detail["variables"]!["notes"]!.GetValue<string>().ShouldBe("Signed at the trade fair");
        detail["openTasks"]!.AsArray().Single()!["stepId"]!.GetValue<string>().ShouldBe("contact");
        detail["emails"]!.AsArray().Single()!["template"]!.GetValue<string>().ShouldBe("emails/welcome");
        detail["incidents"]!.AsArray().ShouldBeEmpty();

        var journal = await (await account1.GetAsync($"/api/engagements/{id}/journal")).Content.ReadFromJsonAsync<JsonArray>();
        journal![0]!["kind"]!.GetValue<string>().ShouldBe("engagementStarted");
        journal[0]!["actor"]!.GetValue<string>().ShouldBe("account1");
    }

    [Fact]
    public async Task the_list_filters_on_client_owner_stage_and_status()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync(owner: "account2", company: "Wide World Importers");

        var byClient = await (await account1.GetAsync("/api/engagements?client=wide%20world")).ShouldBeOkAsync();
        byClient["items"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).ShouldBe([id.ToString()]);
        var byOwner = await (await account1.GetAsync("/api/engagements?owner=account2&stage=handoff&status=waiting&pageSize=200")).ShouldBeOkAsync();
        byOwner["items"]!.AsArray().ShouldContain(e => e!["id"]!.GetValue<string>() == id.ToString());
        var otherStage = await (await account1.GetAsync("/api/engagements?client=wide%20world&stage=report")).ShouldBeOkAsync();
        otherStage["total"]!.GetValue<int>().ShouldBe(0);
        await (await account1.GetAsync("/api/engagements?status=sleeping")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task overdue_engagements_are_those_with_something_past_due()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync(company: "Overdue Ltd");
        var before = await (await account1.GetAsync("/api/engagements?overdue=true&client=overdue")).ShouldBeOkAsync();
        before["total"]!.GetValue<int>().ShouldBe(0);

        server.Time.Advance(TimeSpan.FromDays(2));
        account1 = await server.SignedInAsync("account1");

        var after = await (await account1.GetAsync("/api/engagements?overdue=true&client=overdue")).ShouldBeOkAsync();
        after["items"]!.AsArray().Single()!["id"]!.GetValue<string>().ShouldBe(id.ToString());
    }

    [Fact]
    public async Task a_manager_cancels_an_engagement_and_its_tasks_are_withdrawn()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync();
        var manager = await server.SignedInAsync("manager");

        var cancelled = await (await manager.PostAsJsonAsync($"/api/engagements/{id}/cancel", new { reason = "Client went bust" })).ShouldBeOkAsync();

        cancelled["status"]!.GetValue<string>().ShouldBe("cancelled");
        (await account1.InboxAsync(id)).ShouldBeEmpty();
        await (await manager.PostAsync($"/api/engagements/{id}/cancel", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task a_failing_email_raises_an_incident_that_is_retried_once_the_template_is_fixed()
    {
        var ops = await server.SignedInAsync("ops");
        var account1 = await server.SignedInAsync("account1");
        var original = await (await ops.GetAsync("/api/templates/emails/brief-received")).ShouldBeOkAsync();
        var id = await account1.HandoffAsync();
        await account1.CompleteAsync(id, "contact", DefaultProcess.Contact());
        await (await ops.PutAsJsonAsync("/api/templates/emails/brief-received", new { html = "<p>{{ no_such_variable }}</p>", text = "" })).ShouldBeOkAsync();

        await account1.CompleteAsync(id, "capture", DefaultProcess.Brief());

        var faulted = await account1.EngagementAsync(id);
        faulted["engagement"]!["status"]!.GetValue<string>().ShouldBe("faulted");
        var incident = faulted["incidents"]!.AsArray().Single()!;
        incident["message"]!.GetValue<string>().ShouldContain("no_such_variable");

        await (await ops.PutAsJsonAsync("/api/templates/emails/brief-received", new { html = original["html"]!.GetValue<string>(), text = original["text"]?.GetValue<string>() })).ShouldBeOkAsync();
        var retried = await (await ops.PostAsync($"/api/engagements/{id}/incidents/{incident["id"]}/retry", null)).ShouldBeOkAsync();

        retried["status"]!.GetValue<string>().ShouldBe("waiting");
        (await account1.InboxAsync(id)).Select(t => t["stepId"]!.GetValue<string>()).ShouldBe(["analyse"]);
        await (await ops.PostAsync($"/api/engagements/{Guid.NewGuid()}/incidents/{incident["id"]}/retry", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task documents_are_served_as_locked_down_html()
    {
        var id = await ProcessDriver.ToNegotiationAsync(server);
        var account1 = await server.SignedInAsync("account1");
        var proposal = (await account1.EngagementAsync(id))["documents"]!.AsArray().Single()!;

        var response = await account1.GetAsync($"/api/documents/{proposal["id"]}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'none'");
        (await response.Content.ReadAsStringAsync()).ShouldContain("Spring growth");
    }

    [Fact]
    public async Task account_staff_read_the_map_of_the_process_version_an_engagement_runs()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync();

        var process = await (await account1.GetAsync($"/api/engagements/{id}/process")).ShouldBeOkAsync();

        process["definitionId"]!.GetValue<string>().ShouldBe("client-engagement");
        process["start"]!.GetValue<string>().ShouldBe("handoff");
        process["stages"]!.AsArray().Select(s => s!["id"]!.GetValue<string>())
            .ShouldBe(["handoff", "brief", "proposal", "negotiation", "execution", "report", "payment", "aftercare"]);
        process["stages"]![0]!["steps"]![0]!["type"]!.GetValue<string>().ShouldBe("humanTask");
        process["transitions"]!.AsArray().Where(t => t!["from"]!.GetValue<string>() == "negotiation")
            .Select(t => t!["to"]?.GetValue<string>() ?? "finish:" + t["finish"]!.GetValue<string>())
            .ShouldBe(["proposal", "finish:lost", "finish:lost", "execution"]);
        process["layout"]!["brief"]!["x"]!.GetValue<int>().ShouldBe(280);
        await (await account1.GetAsync($"/api/engagements/{Guid.NewGuid()}/process")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
