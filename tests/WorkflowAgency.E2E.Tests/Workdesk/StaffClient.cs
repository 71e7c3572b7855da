using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowAgency.E2E.Tests.Infrastructure;

namespace WorkflowAgency.E2E.Tests.Workdesk;

/// <summary>
/// A member of staff calling the API directly, to set up what a browser test then looks at (an engagement further
/// along, a broken template) without clicking through every step before it.
/// </summary>
internal sealed class StaffClient : IDisposable
{
    private readonly HttpClient _http;

    private StaffClient(HttpClient http) => _http = http;

    public static async Task<StaffClient> SignInAsync(Uri baseUrl, string userName)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseUrl };
        var response = await http.PostAsJsonAsync("/api/auth/login", new { username = userName, password = BrowserServer.Password });
        response.EnsureSuccessStatusCode();
        var session = await response.Content.ReadFromJsonAsync<JsonObject>();
        http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", session!["csrfToken"]!.GetValue<string>());
        return new StaffClient(http);
    }

    /// <summary>Starts an engagement whose first task goes to <paramref name="owner"/>, or to the account team when null.</summary>
    public async Task<Guid> HandoffAsync(string company, string? owner = "account1")
    {
        var created = await ReadAsync(await _http.PostAsJsonAsync("/api/engagements", new
        {
            client = new { name = "Ada Lovelace", company, email = "ada@example.com" },
            owner,
        }));
        return Guid.Parse(created["id"]!.GetValue<string>());
    }

    /// <summary>Completes the caller's open task of <paramref name="stepId"/> in the engagement.</summary>
    public async Task CompleteAsync(Guid engagementId, string stepId, JsonObject data)
    {
        var inbox = await ReadAsync(await _http.GetAsync("/api/tasks?pageSize=200"));
        var task = inbox["items"]!.AsArray().Single(t =>
            t!["engagementId"]!.GetValue<string>() == engagementId.ToString() && t["stepId"]!.GetValue<string>() == stepId)!;
        await ReadAsync(await _http.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new { data }));
    }

    /// <summary>The id of the engagement's open task, whoever holds it.</summary>
    public async Task<Guid> OpenTaskOfAsync(Guid engagementId)
    {
        var tasks = await ReadAsync(await _http.GetAsync("/api/tasks?assignee=all&pageSize=200"));
        var task = tasks["items"]!.AsArray().Single(t => t!["engagementId"]!.GetValue<string>() == engagementId.ToString())!;
        return Guid.Parse(task["id"]!.GetValue<string>());
    }

    /// <summary>Completes a task by id (a manager may complete anyone's).</summary>
    public async Task CompleteTaskAsync(Guid taskId, JsonObject data) =>
        await ReadAsync(await _http.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { data }));

    public async Task ClaimAsync(Guid taskId) => await ReadAsync(await _http.PostAsync($"/api/tasks/{taskId}/claim", null));

    public async Task<JsonObject> TemplateAsync(string name) => await ReadAsync(await _http.GetAsync($"/api/templates/{name}"));

    public async Task SaveTemplateAsync(string name, string html, string? text) =>
        await ReadAsync(await _http.PutAsJsonAsync($"/api/templates/{name}", new { html, text }));

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public void Dispose() => _http.Dispose();
}
