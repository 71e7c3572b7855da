using System.Net;
using System.Net.Http.Json;
using System.Text;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Http;

/// <summary>Whatever a caller sends, a mistake is a 400 ProblemDetails that says what was wrong, never a 500.</summary>
public sealed class MalformedRequestTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Theory]
    [InlineData("{ \"client\": ")]
    [InlineData("{ \"client\": { \"name\": 42 } }")]
    [InlineData("[1, 2, 3]")]
    [InlineData("not json at all")]
    public async Task a_handoff_body_that_is_not_the_right_json_is_a_400_problem(string body)
    {
        var account1 = await server.SignedInAsync("account1");

        var response = await account1.PostAsync("/api/engagements", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["detail"]!.GetValue<string>().ShouldNotContain(" at WorkflowAgency");
    }

    [Fact]
    public async Task a_task_completion_with_malformed_json_is_a_400_problem()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync();
        var task = await account1.TaskAsync(id, "contact");

        var response = await account1.PostAsync($"/api/tasks/{task}/complete", new StringContent("{\"data\": {\"needs\": ", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task a_missing_body_is_a_400_problem()
    {
        var account1 = await server.SignedInAsync("account1");

        var response = await account1.PostAsync("/api/engagements", new StringContent("", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task a_body_of_the_wrong_content_type_is_a_415_problem()
    {
        var account1 = await server.SignedInAsync("account1");

        var response = await account1.PostAsync("/api/engagements", new StringContent("name=x", Encoding.UTF8, "text/plain"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task an_incomplete_handoff_names_every_missing_field()
    {
        var account1 = await server.SignedInAsync("account1");

        var response = await account1.PostAsync("/api/engagements", new StringContent("{\"client\":{\"email\":\"nope\"},\"owner\":\"creative\",\"currency\":\"euro\"}", Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["client.name", "client.company", "client.email", "owner", "currency"], ignoreOrder: true);
    }

    [Fact]
    public async Task a_handoff_with_fields_longer_than_their_columns_is_refused_naming_each_field()
    {
        var account1 = await server.SignedInAsync("account1");

        var response = await account1.PostAsJsonAsync("/api/engagements", new
        {
            client = new { name = new string('a', 201), company = new string('b', 201), email = new string('c', 310) + "@example.com" },
            owner = "account1",
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["client.name", "client.company", "client.email"], ignoreOrder: true);
    }

    [Fact]
    public async Task an_unknown_api_path_is_a_404_problem_not_the_web_app()
    {
        var account1 = await server.SignedInAsync("account1");

        await (await account1.GetAsync("/api/nothing-here")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await account1.GetAsync($"/api/engagements/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
