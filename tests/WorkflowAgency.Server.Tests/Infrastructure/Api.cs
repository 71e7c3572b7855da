using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowAgency.Server.Tests.Infrastructure;

/// <summary>The calls the tests make again and again, failing loudly when the server refuses.</summary>
internal static class Api
{
    public static async Task<Guid> HandoffAsync(this HttpClient client, string owner = "account1", string company = "Contoso Coffee")
    {
        var response = await client.PostAsJsonAsync("/api/engagements", new
        {
            client = new { name = "Ada Lovelace", company, email = "ada@example.com" },
            owner,
            notes = "Signed at the trade fair",
            budget = 30000,
            currency = "EUR",
        });
        var created = await response.ShouldBeOkAsync(HttpStatusCode.Created);
        return Guid.Parse(created["id"]!.GetValue<string>());
    }

    /// <summary>The caller's open tasks in one engagement, from their inbox.</summary>
    public static async Task<List<JsonObject>> InboxAsync(this HttpClient client, Guid engagementId)
    {
        var page = await (await client.GetAsync("/api/tasks?pageSize=200")).ShouldBeOkAsync();
        return page["items"]!.AsArray().Select(t => t!.AsObject()).Where(t => t["engagementId"]!.GetValue<string>() == engagementId.ToString()).ToList();
    }

    /// <summary>The id of the open task of <paramref name="stepId"/> in the caller's inbox.</summary>
    public static async Task<Guid> TaskAsync(this HttpClient client, Guid engagementId, string stepId)
    {
        var tasks = await client.InboxAsync(engagementId);
        var task = tasks.SingleOrDefault(t => t["stepId"]!.GetValue<string>() == stepId)
            ?? throw new ShouldAssertException($"no open '{stepId}' task in the inbox; it has: {string.Join(", ", tasks.Select(t => t["stepId"]))}");
        return Guid.Parse(task["id"]!.GetValue<string>());
    }

    public static async Task<JsonObject> CompleteAsync(this HttpClient client, Guid engagementId, string stepId, JsonObject? data = null, string? outcome = null)
    {
        var task = await client.TaskAsync(engagementId, stepId);
        var response = await client.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome, data });
        return await response.ShouldBeOkAsync();
    }

    public static async Task<JsonObject> EngagementAsync(this HttpClient client, Guid engagementId) =>
        await (await client.GetAsync($"/api/engagements/{engagementId}")).ShouldBeOkAsync();

    public static async Task<string?> StageAsync(this HttpClient client, Guid engagementId)
    {
        var engagement = await client.EngagementAsync(engagementId);
        var incidents = engagement["incidents"]!.AsArray().Select(i => i!["message"]!.GetValue<string>()).ToList();
        incidents.ShouldBeEmpty();
        return engagement["engagement"]!["stage"]?.GetValue<string>();
    }

    /// <summary>The path of the client link the engagement issued for <paramref name="purpose"/> (its latest one).</summary>
    public static async Task<string> ClientLinkAsync(this HttpClient client, Guid engagementId, string purpose)
    {
        var engagement = await client.EngagementAsync(engagementId);
        var url = engagement["variables"]!["links"]![purpose]!["url"]!.GetValue<string>();
        return new Uri(url).PathAndQuery;
    }
}
