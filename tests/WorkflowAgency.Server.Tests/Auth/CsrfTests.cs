using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Auth;

/// <summary>A browser sends the session cookie with a request another site makes it send; only our pages know the anti-forgery token.</summary>
public sealed class CsrfTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    private static readonly object Handoff = new { client = new { name = "Ada", company = "Analytical", email = "ada@example.com" } };

    [Fact]
    public async Task a_cookie_authenticated_post_without_the_token_is_refused()
    {
        var forged = await server.SignedInWithoutCsrfTokenAsync("account1");

        var response = await forged.PostAsJsonAsync("/api/engagements", Handoff);

        (await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden))["title"]!.GetValue<string>().ShouldContain("anti-forgery");
    }

    [Fact]
    public async Task a_cookie_authenticated_post_with_a_wrong_token_is_refused()
    {
        var forged = await server.SignedInWithoutCsrfTokenAsync("account1");
        forged.DefaultRequestHeaders.Add("X-CSRF-TOKEN", "made-up");

        var response = await forged.PostAsJsonAsync("/api/engagements", Handoff);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task the_token_from_the_csrf_endpoint_works_too()
    {
        var client = await server.SignedInWithoutCsrfTokenAsync("account1");
        var csrf = await (await client.GetAsync("/api/auth/csrf")).ShouldBeOkAsync();
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", csrf["token"]!.GetValue<string>());

        var response = await client.PostAsJsonAsync("/api/engagements", Handoff);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task reading_needs_no_token()
    {
        var client = await server.SignedInWithoutCsrfTokenAsync("account1");

        (await client.GetAsync("/api/tasks")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task bearer_token_requests_need_no_anti_forgery_token()
    {
        var sales = await server.WithTokenAsync("integration");

        var response = await sales.PostAsJsonAsync("/api/engagements", Handoff);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task another_users_token_does_not_work_for_this_session()
    {
        var account2 = await server.Anonymous().PostAsJsonAsync("/api/auth/login", new { username = "account2", password = ServerFactory.Password });
        var stolen = (await account2.Content.ReadFromJsonAsync<JsonObject>())!["csrfToken"]!.GetValue<string>();
        var forged = await server.SignedInWithoutCsrfTokenAsync("account1");
        forged.DefaultRequestHeaders.Add("X-CSRF-TOKEN", stolen);

        var response = await forged.PostAsJsonAsync("/api/engagements", Handoff);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
