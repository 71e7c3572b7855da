using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine.Links;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.ClientLinks;

public sealed class ClientLinkTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task a_client_accepts_the_proposal_through_the_link_and_the_engagement_moves_on()
    {
        var id = await ProcessDriver.ToNegotiationAsync(server);
        var account1 = await server.SignedInAsync("account1");
        var link = await account1.ClientLinkAsync(id, "proposal_response");
        var client = server.Anonymous();

        var page = await client.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();
        page.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("Your proposal");
        html.ShouldContain("Hello Ada Lovelace,");
        html.ShouldContain($"{link}/documents/proposal");
        html.ShouldContain("value=\"accept\"");
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'none'");
        page.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");

        var proposal = await client.GetAsync($"{link}/documents/proposal");
        proposal.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await proposal.Content.ReadAsStringAsync()).ShouldContain("Spring growth");
        proposal.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("sandbox");

        var answer = await client.PostAsync(link, Form(("response", "accept"), ("comment", "Looks great <b>thanks</b>")));
        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        answer.Headers.Location!.ToString().ShouldBe(link);

        var thanks = await (await client.GetAsync(link)).Content.ReadAsStringAsync();
        thanks.ShouldContain("Thank you");
        thanks.ShouldContain("Accept the proposal");
        thanks.ShouldContain("Looks great &lt;b&gt;thanks&lt;/b&gt;");

        (await account1.InboxAsync(id)).Select(t => t["stepId"]!.GetValue<string>()).ShouldBe(["contract"]);
        var engagement = await account1.EngagementAsync(id);
        engagement["variables"]!["proposal_response"]!["response"]!.GetValue<string>().ShouldBe("accept");
        var journal = await account1.GetStringAsync($"/api/engagements/{id}/journal");
        journal.ShouldContain("\"kind\":\"clientResponded\"");
        journal.ShouldContain("\"actor\":\"client\"");
    }

    [Fact]
    public async Task a_second_answer_is_refused_and_the_first_is_shown()
    {
        var id = await ProcessDriver.ToNegotiationAsync(server);
        var link = await (await server.SignedInAsync("account1")).ClientLinkAsync(id, "proposal_response");
        var client = server.Anonymous();
        (await client.PostAsync(link, Form(("response", "changes"), ("comment", "Less video please")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var again = await client.PostAsync(link, Form(("response", "accept")));

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await again.Content.ReadAsStringAsync();
        html.ShouldContain("already answered");
        html.ShouldContain("Ask for changes");
        html.ShouldContain("Less video please");
        (await (await server.SignedInAsync("account1")).StageAsync(id)).ShouldBe("proposal");
    }

    [Fact]
    public async Task an_answer_that_is_not_offered_shows_the_form_again_with_the_error()
    {
        var id = await ProcessDriver.ToNegotiationAsync(server);
        var link = await (await server.SignedInAsync("account1")).ClientLinkAsync(id, "proposal_response");

        var response = await server.Anonymous().PostAsync(link, Form(("response", "maybe"), ("comment", "Hmm")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Choose one of: accept, changes, decline");
        html.ShouldContain(">Hmm</textarea>");
    }

    [Fact]
    public async Task a_tampered_link_is_403()
    {
        var id = await ProcessDriver.ToNegotiationAsync(server);
        var link = await (await server.SignedInAsync("account1")).ClientLinkAsync(id, "proposal_response");
        var tampered = link[..^3] + (link[^3] == 'A' ? 'B' : 'A') + link[^2..];

        var page = await server.Anonymous().GetAsync(tampered);
        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await page.Content.ReadAsStringAsync()).ShouldContain("This link is not valid");
        (await server.Anonymous().PostAsync(tampered, Form(("response", "accept")))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await server.Anonymous().GetAsync("/client/not-a-token")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task an_expired_link_is_410()
    {
        var id = await ProcessDriver.ToNegotiationAsync(server);
        var engagement = await (await server.SignedInAsync("account1")).EngagementAsync(id);
        var waitId = Guid.Parse(engagement["waits"]!.AsArray().Single(w => w!["name"]!.GetValue<string>() == "proposal_response")!["id"]!.GetValue<string>());
        var links = server.Services.GetRequiredService<SignedLinks>();
        var expired = "/client/" + links.CreateToken(waitId, server.Time.GetUtcNow().UtcDateTime.AddMinutes(-1));

        var page = await server.Anonymous().GetAsync(expired);

        page.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await page.Content.ReadAsStringAsync()).ShouldContain("This link has expired");
        (await server.Anonymous().PostAsync(expired, Form(("response", "accept")))).StatusCode.ShouldBe(HttpStatusCode.Gone);
    }

    [Fact]
    public async Task a_link_for_a_request_that_closed_is_410()
    {
        var id = await ProcessDriver.ToNegotiationAsync(server);
        var manager = await server.SignedInAsync("manager");
        var link = await manager.ClientLinkAsync(id, "proposal_response");
        (await server.Anonymous().GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await manager.PostAsync($"/api/engagements/{id}/cancel", null)).ShouldBeOkAsync();

        (await server.Anonymous().GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.Gone);
    }

    [Fact]
    public async Task only_the_documents_the_step_shows_are_reachable()
    {
        var id = await ProcessDriver.ToNegotiationAsync(server);
        var link = await (await server.SignedInAsync("account1")).ClientLinkAsync(id, "proposal_response");

        (await server.Anonymous().GetAsync($"{link}/documents/final_report")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
