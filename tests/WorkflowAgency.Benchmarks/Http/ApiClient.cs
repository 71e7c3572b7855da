using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace WorkflowAgency.Benchmarks.Http;

/// <summary>One signed-in staff session against the server, shared by all load clients (one cookie, one CSRF token, pooled connections).</summary>
internal sealed class ApiClient : IDisposable
{
    private static readonly Uri Health = new("health", UriKind.Relative);
    private static readonly Uri Inbox = new("api/tasks", UriKind.Relative);

    private readonly HttpClient _http;

    private ApiClient(HttpClient http) => _http = http;

    public static async Task<ApiClient> SignInAsync(Uri server, string user)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, MaxConnectionsPerServer = 256 };
        var http = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
        try
        {
            using var response = await http.PostAsJsonAsync(new Uri("api/auth/login", UriKind.Relative), new { username = user, password = ServerProcess.Password });
            await EnsureOkAsync(response, "sign-in");
            var session = await response.Content.ReadFromJsonAsync<JsonElement>();
            http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", session.GetProperty("csrfToken").GetString());
            return new ApiClient(http);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    public async Task HealthAsync()
    {
        using var response = await _http.GetAsync(Health);
        await EnsureOkAsync(response, "GET /health");
        await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The caller's inbox, first page, as the web app asks for it; the total number of matching tasks.</summary>
    public async Task<int> InboxAsync()
    {
        using var response = await _http.GetAsync(Inbox);
        await EnsureOkAsync(response, "GET /api/tasks");
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return page.GetProperty("total").GetInt32();
    }

    /// <summary>Completes <paramref name="task"/>; the open tasks the engagement has now.</summary>
    public async Task<IReadOnlyList<Guid>> CompleteAsync(Guid task)
    {
        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri($"api/tasks/{task}/complete", UriKind.Relative), content);
        await EnsureOkAsync(response, $"POST /api/tasks/{task}/complete");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("openTasks").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
    }

    public void Dispose() => _http.Dispose();

    private static async Task EnsureOkAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
