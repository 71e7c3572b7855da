using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowAgency.CrashSafety.Tests.Infrastructure;

/// <summary>
/// A member of staff signed in as the web app is: the session cookie, and the anti-forgery token from the login
/// answer sent as <c>X-CSRF-TOKEN</c> on every request.
/// </summary>
internal sealed class StaffClient : IDisposable
{
    private readonly HttpClient _http;

    private StaffClient(HttpClient http, string user)
    {
        _http = http;
        User = user;
    }

    public string User { get; }

    public static async Task<StaffClient> SignInAsync(ServerProcess server, string user)
    {
        var http = server.CreateClient(new CookieContainer());
        var response = await http.PostAsJsonAsync("/api/auth/login", new { username = user, password = ServerProcess.Password });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"signing in {user}: {body}");
        http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", JsonNode.Parse(body)!["csrfToken"]!.GetValue<string>());
        return new StaffClient(http, user);
    }

    /// <summary>The Sales handoff of a new client; the caller judges the answer (it may never come if the server dies).</summary>
    public Task<HttpResponseMessage> HandoffAsync(string company, string email, CancellationToken cancellationToken = default) =>
        _http.PostAsJsonAsync("/api/engagements", new
        {
            client = new { name = "Crash Test Client", company, email },
            owner = "account1",
            budget = 30000,
            currency = "EUR",
        }, cancellationToken);

    public Task<HttpResponseMessage> CompleteAsync(Guid taskId, string? outcome, JsonObject? data, CancellationToken cancellationToken = default) =>
        _http.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome, data }, cancellationToken);

    public async Task<JsonObject> EngagementAsync(Guid id, CancellationToken cancellationToken = default) =>
        await GetOkAsync($"/api/engagements/{id}", cancellationToken);

    public async Task<JsonObject> TaskAsync(Guid id, CancellationToken cancellationToken = default) =>
        await GetOkAsync($"/api/tasks/{id}", cancellationToken);

    /// <summary>The whole audit trail of one engagement, page by page.</summary>
    public async Task<List<JsonObject>> JournalAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var entries = new List<JsonObject>();
        long after = 0;
        while (true)
        {
            var page = JsonNode.Parse(await GetStringAsync(
                string.Create(CultureInfo.InvariantCulture, $"/api/engagements/{id}/journal?after={after}&limit=1000"), cancellationToken))!.AsArray();
            entries.AddRange(page.Select(e => e!.AsObject()));
            if (page.Count < 1000)
                return entries;
            after = page[^1]!["id"]!.GetValue<long>();
        }
    }

    /// <summary>Every stored engagement (their summaries), however many pages that takes.</summary>
    public async Task<List<JsonObject>> AllEngagementsAsync(CancellationToken cancellationToken = default)
    {
        var all = new List<JsonObject>();
        for (var page = 1; ; page++)
        {
            var body = await GetOkAsync(string.Create(CultureInfo.InvariantCulture, $"/api/engagements?page={page}&pageSize=200"), cancellationToken);
            var items = body["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
            all.AddRange(items);
            if (all.Count >= body["total"]!.GetValue<int>() || items.Count == 0)
                return all;
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonObject> GetOkAsync(string path, CancellationToken cancellationToken) =>
        JsonNode.Parse(await GetStringAsync(path, cancellationToken))!.AsObject();

    private async Task<string> GetStringAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(path, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {path}: {body}");
        return body;
    }
}
