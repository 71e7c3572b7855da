using System.Net;
using System.Net.Http.Json;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Auth;

/// <summary>The endpoints anyone can reach are limited per address: password guessing, hammering client links.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task guessing_passwords_is_cut_off_with_429()
    {
        await using var server = new StrictLimitsServer();
        var client = server.Anonymous();
        for (var i = 0; i < 3; i++)
            (await client.PostAsJsonAsync("/api/auth/login", new { username = "admin", password = "guess" + i })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = "admin", password = ServerFactory.Password });

        await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task trying_client_links_is_cut_off_with_429()
    {
        await using var server = new StrictLimitsServer();
        var client = server.Anonymous();
        for (var i = 0; i < 3; i++)
            (await client.GetAsync($"/client/guess{i}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await client.GetAsync("/client/guess4")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    private sealed class StrictLimitsServer : ServerFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["RateLimits:LoginPerMinute"] = "3";
            settings["RateLimits:ClientPerMinute"] = "3";
            return settings;
        }
    }
}
