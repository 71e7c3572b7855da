using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Templates;

public sealed class TemplateApiTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task templates_are_listed_and_read_by_name()
    {
        var ops = await server.SignedInAsync("ops");

        var list = await (await ops.GetAsync("/api/templates")).Content.ReadFromJsonAsync<JsonArray>();
        list!.Select(t => t!["name"]!.GetValue<string>()).ShouldContain("emails/welcome");
        list!.Single(t => t!["name"]!.GetValue<string>() == "documents/proposal")!["folder"]!.GetValue<string>().ShouldBe("documents");

        var welcome = await (await ops.GetAsync("/api/templates/emails/welcome")).ShouldBeOkAsync();
        welcome["html"]!.GetValue<string>().ShouldContain("{{");
        welcome["text"].ShouldNotBeNull();
        await (await ops.GetAsync("/api/templates/emails/nothing")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/templates/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/templates/emails/..%2F..%2F..%2Fsecret")]
    [InlineData("/api/templates/Emails/Welcome.sbn-html")]
    public async Task names_that_could_leave_the_templates_folder_are_refused(string url)
    {
        var ops = await server.SignedInAsync("ops");

        (await ops.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ops.PutAsJsonAsync(url, new { html = "x" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task a_template_with_a_syntax_error_is_not_saved_and_the_error_has_line_and_column()
    {
        var ops = await server.SignedInAsync("ops");
        var before = await File.ReadAllTextAsync(Path.Combine(server.TemplatesRoot, "emails", "welcome.sbn-html"));

        var response = await ops.PutAsJsonAsync("/api/templates/emails/welcome", new { html = "<p>Hello</p>\n<p>{{ if client.name }}</p>" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var error = problem["templateErrors"]!.AsArray().First()!;
        error["line"]!.GetValue<int>().ShouldBeGreaterThan(0);
        error["column"]!.GetValue<int>().ShouldBeGreaterThan(0);
        (await File.ReadAllTextAsync(Path.Combine(server.TemplatesRoot, "emails", "welcome.sbn-html"))).ShouldBe(before);
    }

    [Fact]
    public async Task a_good_template_is_saved_and_used()
    {
        var ops = await server.SignedInAsync("ops");

        var saved = await ops.PutAsJsonAsync("/api/templates/emails/custom-note", new { html = "+++\nsubject = \"Note for \" + client.name\n+++\n<p>Dear {{ client.name }}</p>" });

        (await saved.ShouldBeOkAsync())["name"]!.GetValue<string>().ShouldBe("emails/custom-note");
        File.Exists(Path.Combine(server.TemplatesRoot, "emails", "custom-note.sbn-html")).ShouldBeTrue();
    }

    [Fact]
    public async Task a_preview_renders_unsaved_source_with_sample_data_escaped()
    {
        var ops = await server.SignedInAsync("ops");

        var response = await ops.PostAsJsonAsync("/api/templates/preview", new
        {
            name = "emails/welcome",
            html = "+++\nsubject = \"Hi \" + client.name\n+++\n<p>{{ client.name }}</p>",
            text = "",
            data = new { client = new { name = "<Ada>" } },
        });

        var preview = await response.ShouldBeOkAsync();
        preview["html"]!.GetValue<string>().ShouldContain("&lt;Ada&gt;");
        preview["subject"]!.GetValue<string>().ShouldBe("Hi <Ada>");
        (await File.ReadAllTextAsync(Path.Combine(server.TemplatesRoot, "emails", "welcome.sbn-html"))).ShouldNotContain("Hi \" + client.name");
    }

    [Fact]
    public async Task a_preview_against_an_engagement_uses_its_data()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync(company: "Fabrikam Foods");
        var ops = await server.SignedInAsync("ops");

        var response = await ops.PostAsJsonAsync("/api/templates/preview", new { html = "<p>{{ client.company }} / {{ engagement.stage }}</p>", engagementId = id });

        (await response.ShouldBeOkAsync())["html"]!.GetValue<string>().ShouldContain("Fabrikam Foods / handoff");
    }

    [Fact]
    public async Task a_preview_that_fails_at_runtime_says_where()
    {
        var ops = await server.SignedInAsync("ops");

        var response = await ops.PostAsJsonAsync("/api/templates/preview", new { html = "<p>\n{{ no_such_variable }}</p>" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["templateErrors"]![0]!["line"]!.GetValue<int>().ShouldBe(2);
    }
}
