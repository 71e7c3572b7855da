using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Definitions.Json;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Definitions;

public sealed class DefinitionApiTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private static string Shipped => File.ReadAllText(Path.Combine(Repository.Workflows, "client-engagement.json"));

    [Fact]
    public async Task the_shipped_process_is_published_on_first_start()
    {
        var ops = await server.SignedInAsync("ops");

        var list = await (await ops.GetAsync("/api/definitions")).Content.ReadFromJsonAsync<JsonArray>();
        var shipped = list!.Single(d => d!["id"]!.GetValue<string>() == "client-engagement")!;
        shipped["latestVersion"]!.GetValue<int>().ShouldBe(1);

        var detail = await (await ops.GetAsync("/api/definitions/client-engagement")).ShouldBeOkAsync();
        detail["published"]!["definition"]!["stages"]!.AsArray().Count.ShouldBe(8);
        detail["draft"]!["problems"]!.AsArray().ShouldBeEmpty();
        detail["versions"]!.AsArray().Count.ShouldBe(1);
        var version = await (await ops.GetAsync("/api/definitions/client-engagement/versions/1")).ShouldBeOkAsync();
        version["version"]!["publishedBy"]!.GetValue<string>().ShouldBe("system");
    }

    [Fact]
    public async Task a_draft_with_problems_is_saved_and_its_problems_come_back_with_paths()
    {
        var ops = await server.SignedInAsync("ops");
        var draft = JsonNode.Parse(Shipped)!.AsObject();
        draft["id"] = "broken-process";
        draft["stages"]![0]!["steps"]![0]!["type"] = "humanTsk";
        draft["transitions"]![0]!["to"] = "nowhere";

        var saved = await ops.PutAsync("/api/definitions/broken-process/draft", Json(draft.ToJsonString()));

        var body = await saved.ShouldBeOkAsync();
        body["valid"]!.GetValue<bool>().ShouldBeFalse();
        var paths = body["problems"]!.AsArray().Select(p => p!["path"]!.GetValue<string>()).ToList();
        paths.ShouldContain("/stages/0/steps/0/type");
        paths.ShouldContain(p => p.StartsWith("/transitions/0", StringComparison.Ordinal));

        var publish = await ops.PostAsync("/api/definitions/broken-process/publish", null);
        var problem = await publish.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldContain("/stages/0/steps/0/type");
    }

    [Fact]
    public async Task a_draft_is_published_as_a_new_version_and_can_be_retracted()
    {
        var ops = await server.SignedInAsync("ops");
        var draft = JsonNode.Parse(Shipped)!.AsObject();
        draft["id"] = "second-process";
        var saved = await (await ops.PutAsync("/api/definitions/second-process/draft", Json(draft.ToJsonString()))).ShouldBeOkAsync();
        var revision = saved["revision"]!.GetValue<int>();

        // Saving over a revision someone else moved on from is a conflict, not a silent overwrite.
        await (await ops.PutAsync("/api/definitions/second-process/draft?revision=1", Json(draft.ToJsonString()))).ShouldBeOkAsync();
        await (await ops.PutAsync($"/api/definitions/second-process/draft?revision={revision}", Json(draft.ToJsonString()))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var published = await (await ops.PostAsJsonAsync("/api/definitions/second-process/publish", new { note = "first cut" })).ShouldBeOkAsync();
        published["version"]!.GetValue<int>().ShouldBe(1);
        published["note"]!.GetValue<string>().ShouldBe("first cut");

        var retracted = await (await ops.PostAsync("/api/definitions/second-process/retract", null)).ShouldBeOkAsync();
        retracted["version"]!.GetValue<int>().ShouldBe(1);
        await (await ops.PostAsJsonAsync("/api/definitions/second-process/retract", new { version = 1 })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var account1 = await server.SignedInAsync("account1");
        var handoff = await account1.PostAsJsonAsync("/api/engagements", new { definitionId = "second-process", client = new { name = "A", company = "B", email = "a@example.com" } });
        await handoff.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task a_draft_whose_id_differs_from_the_address_is_refused()
    {
        var ops = await server.SignedInAsync("ops");

        var response = await ops.PutAsync("/api/definitions/other-id/draft", Json(Shipped));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!["/id"].ShouldNotBeNull();
    }

    [Fact]
    public async Task a_draft_whose_id_or_name_is_too_long_for_its_column_is_a_400_at_their_pointers_and_nothing_is_saved()
    {
        var ops = await server.SignedInAsync("ops");
        var id = new string('x', 101);
        var draft = JsonNode.Parse(Shipped)!.AsObject();
        draft["id"] = id;
        draft["name"] = new string('n', 201);

        var response = await ops.PutAsync($"/api/definitions/{id}/draft", Json(draft.ToJsonString()));

        var errors = (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!;
        errors["/id"]![0]!.GetValue<string>().ShouldContain("is 101 characters long; use at most 100");
        errors["/name"]![0]!.GetValue<string>().ShouldContain("is 201 characters long; use at most 200");
        await (await ops.GetAsync($"/api/definitions/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task a_publish_note_too_long_for_its_column_is_a_400_on_note_and_publishes_nothing()
    {
        var ops = await server.SignedInAsync("ops");
        var draft = JsonNode.Parse(Shipped)!.AsObject();
        draft["id"] = "noted-process";
        await (await ops.PutAsync("/api/definitions/noted-process/draft", Json(draft.ToJsonString()))).ShouldBeOkAsync();

        var response = await ops.PostAsJsonAsync("/api/definitions/noted-process/publish", new { note = new string('v', 501) });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!["note"]![0]!.GetValue<string>().ShouldBe("Use at most 500 characters");
        var detail = await (await ops.GetAsync("/api/definitions/noted-process")).ShouldBeOkAsync();
        detail["versions"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task validation_reports_unreadable_json_with_its_position()
    {
        var ops = await server.SignedInAsync("ops");

        var result = await (await ops.PostAsync("/api/definitions/validate", Json("{ \"id\": \"x\",\n  \"stages\": [ }"))).ShouldBeOkAsync();

        result["valid"]!.GetValue<bool>().ShouldBeFalse();
        result["problems"]![0]!["line"]!.GetValue<int>().ShouldBe(2);
        (await (await ops.PostAsync("/api/definitions/validate", Json(Shipped))).ShouldBeOkAsync())["valid"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task step_type_metadata_covers_every_step_type_the_engine_runs()
    {
        var ops = await server.SignedInAsync("ops");

        var types = await (await ops.GetAsync("/api/step-types")).Content.ReadFromJsonAsync<JsonArray>();

        types!.Select(t => t!["type"]!.GetValue<string>()).ShouldBe(StepTypes.All, ignoreOrder: true);
        var task = types!.Single(t => t!["type"]!.GetValue<string>() == "humanTask")!;
        task["properties"]!.AsArray().Select(p => p!["kind"]!.GetValue<string>()).ShouldContain("userOrRole");
        task["properties"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "form")!["options"]!.AsArray().Count.ShouldBe(FieldTypes.Form.Count);
    }

    [Fact]
    public async Task the_openapi_document_is_served()
    {
        var response = await server.Anonymous().GetAsync("/openapi/v1.json");

        var document = await response.ShouldBeOkAsync();
        document["paths"]!.AsObject().Select(p => p.Key).ShouldContain("/api/engagements");
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
