using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Tasks;

public sealed class TaskInboxTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task a_handoff_puts_the_first_task_in_the_owners_inbox_only()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync(owner: "account1");

        var mine = await account1.InboxAsync(id);
        mine.Select(t => t["stepId"]!.GetValue<string>()).ShouldBe(["contact"]);
        mine[0]["assigneeUser"]!.GetValue<string>().ShouldBe("account1");
        mine[0]["clientCompany"]!.GetValue<string>().ShouldBe("Contoso Coffee");
        (await (await server.SignedInAsync("account2")).InboxAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task a_handoff_without_an_owner_is_offered_to_the_whole_account_team()
    {
        var sales = await server.WithTokenAsync("integration");
        var response = await sales.PostAsJsonAsync("/api/engagements", new { client = new { name = "Grace Hopper", company = "Navy Yard", email = "grace@example.com" } });
        var id = Guid.Parse((await response.ShouldBeOkAsync(HttpStatusCode.Created))["id"]!.GetValue<string>());
        response.Headers.Location!.ToString().ShouldBe($"/api/engagements/{id}");

        (await (await server.SignedInAsync("account1")).InboxAsync(id)).Count.ShouldBe(1);
        (await (await server.SignedInAsync("account2")).InboxAsync(id)).Count.ShouldBe(1);
        (await (await server.SignedInAsync("creative")).InboxAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task a_task_comes_with_its_form_and_outcomes()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync();
        var task = await account1.TaskAsync(id, "contact");

        var detail = await (await account1.GetAsync($"/api/tasks/{task}")).ShouldBeOkAsync();

        detail["form"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ShouldBe(["needs", "budget", "start_date"]);
        detail["form"]![0]!["required"]!.GetValue<bool>().ShouldBeTrue();
        detail["outcomes"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()).ShouldBe(["done"]);
        detail["values"]!["budget"]!.GetValue<decimal>().ShouldBe(30000m);
        detail["canWork"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task completing_with_bad_data_is_a_400_naming_each_field()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync();
        var task = await account1.TaskAsync(id, "contact");

        var response = await account1.PostAsJsonAsync($"/api/tasks/{task}/complete", new { data = new { budget = -5, start_date = "next week" } });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["needs", "budget", "start_date"], ignoreOrder: true);
    }

    [Fact]
    public async Task completing_a_task_twice_is_a_conflict()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync();
        var task = await account1.TaskAsync(id, "contact");

        var first = await account1.PostAsJsonAsync($"/api/tasks/{task}/complete", new { data = DefaultProcess.Contact() });
        var completed = await first.ShouldBeOkAsync();
        completed["engagement"]!["stage"]!.GetValue<string>().ShouldBe("brief");
        completed["openTasks"]!.AsArray().Select(t => t!["stepId"]!.GetValue<string>()).ShouldBe(["capture"]);

        var second = await account1.PostAsJsonAsync($"/api/tasks/{task}/complete", new { data = DefaultProcess.Contact() });
        (await second.ShouldBeProblemAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>().ShouldContain("already completed");
    }

    [Fact]
    public async Task the_answer_to_a_completion_lists_every_task_still_open_in_the_order_they_were_made()
    {
        var id = await ProcessDriver.ToNegotiationAsync(server);
        var account1 = await server.SignedInAsync("account1");
        await PaymentStageDriver.AnswerAsync(server, await account1.ClientLinkAsync(id, "proposal_response"), ("response", "accept"));
        await account1.CompleteAsync(id, "contract", new JsonObject { ["contract_value"] = 21000, ["contract_signed_date"] = "2026-03-02" }, "signed");

        // The plan splits into three parallel team tasks; finishing one leaves the other two, and the answer says so.
        var planned = await account1.CompleteAsync(id, "plan", new JsonObject { ["kpi_targets"] = "Orders | 1400", ["budget_allocated"] = 20000 });
        planned["openTasks"]!.AsArray().Select(t => t!["stepId"]!.GetValue<string>()).ShouldBe(["creative", "planning", "production"]);
        var creative = await (await server.SignedInAsync("creative")).CompleteAsync(id, "creative");

        creative["task"]!["status"]!.GetValue<string>().ShouldBe("completed");
        creative["engagement"]!["stage"]!.GetValue<string>().ShouldBe("execution");
        creative["openTasks"]!.AsArray().Select(t => t!["stepId"]!.GetValue<string>()).ShouldBe(["planning", "production"]);
        creative["openTasks"]![0]!["clientCompany"]!.GetValue<string>().ShouldBe("Contoso Coffee");
    }

    [Fact]
    public async Task completing_someone_elses_task_is_forbidden()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync(owner: "account1");
        var task = await account1.TaskAsync(id, "contact");

        var response = await (await server.SignedInAsync("account2")).PostAsJsonAsync($"/api/tasks/{task}/complete", new { data = DefaultProcess.Contact() });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task a_group_task_can_be_claimed_released_and_reassigned()
    {
        var sales = await server.WithTokenAsync("integration");
        var response = await sales.PostAsJsonAsync("/api/engagements", new { client = new { name = "Alan Turing", company = "Bletchley", email = "alan@example.com" } });
        var id = Guid.Parse((await response.ShouldBeOkAsync(HttpStatusCode.Created))["id"]!.GetValue<string>());
        var account1 = await server.SignedInAsync("account1");
        var account2 = await server.SignedInAsync("account2");
        var task = await account1.TaskAsync(id, "contact");

        (await (await account1.PostAsync($"/api/tasks/{task}/claim", null)).ShouldBeOkAsync())["claimedBy"]!.GetValue<string>().ShouldBe("account1");
        (await account2.InboxAsync(id)).ShouldBeEmpty();
        await (await account2.PostAsync($"/api/tasks/{task}/claim", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await (await account1.PostAsync($"/api/tasks/{task}/unclaim", null)).ShouldBeOkAsync())["claimedBy"].ShouldBeNull();

        await (await account1.PostAsJsonAsync($"/api/tasks/{task}/reassign", new { user = "nobody" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var manager = await server.SignedInAsync("manager");
        (await (await manager.PostAsJsonAsync($"/api/tasks/{task}/reassign", new { user = "account2" })).ShouldBeOkAsync())["assigneeUser"]!.GetValue<string>().ShouldBe("account2");
        (await account2.InboxAsync(id)).Count.ShouldBe(1);
        (await account1.InboxAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task comments_are_kept_with_the_task()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync();
        var task = await account1.TaskAsync(id, "contact");

        await (await account1.PostAsJsonAsync($"/api/tasks/{task}/comments", new { text = "Left a voicemail" })).ShouldBeOkAsync(HttpStatusCode.Created);
        await (await account1.PostAsJsonAsync($"/api/tasks/{task}/comments", new { text = " " })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var detail = await (await account1.GetAsync($"/api/tasks/{task}")).ShouldBeOkAsync();
        var comment = detail["comments"]!.AsArray().Single()!;
        comment["author"]!.GetValue<string>().ShouldBe("account1");
        comment["text"]!.GetValue<string>().ShouldBe("Left a voicemail");
    }

    [Fact]
    public async Task the_inbox_filters_and_refuses_unknown_sorts()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync();

        var byStage = await (await account1.GetAsync("/api/tasks?stage=handoff&sort=priority")).ShouldBeOkAsync();
        byStage["items"]!.AsArray().ShouldContain(t => t!["engagementId"]!.GetValue<string>() == id.ToString());
        var otherStage = await (await account1.GetAsync("/api/tasks?stage=report")).ShouldBeOkAsync();
        otherStage["items"]!.AsArray().ShouldBeEmpty();
        await (await account1.GetAsync("/api/tasks?sort=colour")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
