using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WorkflowAgency.Server.Tests.Infrastructure;

/// <summary>Clients as the web app and integrations use the server.</summary>
internal static class HttpClients
{
    public static HttpClient Anonymous(this ServerFactory server) =>
        server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signed in with the session cookie, sending the anti-forgery token from the login response on every request.</summary>
    public static async Task<HttpClient> SignedInAsync(this ServerFactory server, string user)
    {
        var client = server.Anonymous();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = user, password = ServerFactory.Password });
        response.EnsureSuccessStatusCode();
        var session = await response.Content.ReadFromJsonAsync<JsonObject>();
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", session!["csrfToken"]!.GetValue<string>());
        return client;
    }

    /// <summary>Signs in and keeps what a browser would: the cookies set and the anti-forgery token, to send elsewhere.</summary>
    public static async Task<CarriedSession> SignInForCarryingAsync(this ServerFactory server, string user)
    {
        var client = server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = user, password = ServerFactory.Password });
        response.EnsureSuccessStatusCode();
        var session = await response.Content.ReadFromJsonAsync<JsonObject>();
        var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]);
        return new CarriedSession(string.Join("; ", cookies), session!["csrfToken"]!.GetValue<string>());
    }

    /// <summary>A client on <paramref name="server"/> sending a session another node (or an earlier run) issued.</summary>
    public static HttpClient Carrying(this ServerFactory server, CarriedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var client = server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", session.Cookies);
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", session.CsrfToken);
        return client;
    }

    /// <summary>Signed in with the session cookie but without the anti-forgery header, as a forged request would be.</summary>
    public static async Task<HttpClient> SignedInWithoutCsrfTokenAsync(this ServerFactory server, string user)
    {
        var client = server.Anonymous();
        (await client.PostAsJsonAsync("/api/auth/login", new { username = user, password = ServerFactory.Password })).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>An integration with a bearer token (created by the admin) holding <paramref name="roles"/>.</summary>
    public static async Task<HttpClient> WithTokenAsync(this ServerFactory server, params string[] roles)
    {
        var admin = await server.SignedInAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/tokens", new { name = "test-" + Guid.NewGuid().ToString("N")[..8], roles });
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<JsonObject>();
        var client = server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", created!["token"]!.GetValue<string>());
        return client;
    }
}
