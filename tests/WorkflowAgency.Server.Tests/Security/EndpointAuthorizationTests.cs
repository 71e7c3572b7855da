using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Security;

/// <summary>
/// Every mapped endpoint: anonymous callers get 401 and callers without the right role 403, except the short
/// allow-list. A new endpoint fails here until it is added to one of the tables below.
/// </summary>
public sealed class EndpointAuthorizationTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    /// <summary>Open to anyone: sign-in, health, client links (the signed token is the credential), the API description, the web app.</summary>
    private static readonly HashSet<string> Anonymous =
    [
        "GET /health",
        "POST /api/auth/login",
        "GET /client/{token}",
        "POST /client/{token}",
        "GET /client/{token}/documents/{name}",
        "GET /openapi/{documentName}.json",
        "GET {*path:nonfile:spa}",
        "HEAD {*path:nonfile:spa}",
    ];

    private const string IntegrationToken = "token:integration";

    /// <summary>For each endpoint, a caller who is signed in but lacks the role; null when any signed-in caller may call it.</summary>
    private static readonly Dictionary<string, string?> WrongCaller = new()
    {
        ["GET /api/auth/me"] = null,
        ["POST /api/auth/logout"] = null,
        ["GET /api/auth/csrf"] = null,
        ["POST /api/tokens/"] = "manager",
        ["GET /api/tokens/"] = "manager",
        ["DELETE /api/tokens/{id:guid}"] = "manager",
        ["GET /api/users"] = IntegrationToken,
        ["GET /api/definitions/"] = "account1",
        ["GET /api/definitions/{id}"] = "account1",
        ["GET /api/definitions/{id}/versions/{version:int}"] = "account1",
        ["PUT /api/definitions/{id}/draft"] = "manager",
        ["POST /api/definitions/{id}/publish"] = "manager",
        ["POST /api/definitions/{id}/retract"] = "manager",
        ["POST /api/definitions/validate"] = "manager",
        ["GET /api/step-types"] = "account1",
        ["POST /api/engagements/"] = "ops",
        ["POST /api/engagements/{id:guid}/signals/{signal}"] = "ops",
        ["GET /api/engagements/"] = "creative",
        ["GET /api/engagements/{id:guid}"] = "creative",
        ["GET /api/engagements/{id:guid}/journal"] = "creative",
        ["GET /api/engagements/{id:guid}/process"] = "creative",
        ["POST /api/engagements/{id:guid}/cancel"] = "account1",
        ["POST /api/engagements/{id:guid}/incidents/{incidentId:guid}/retry"] = "account1",
        ["GET /api/tasks/"] = IntegrationToken,
        ["GET /api/tasks/{id:guid}"] = IntegrationToken,
        ["POST /api/tasks/{id:guid}/claim"] = IntegrationToken,
        ["POST /api/tasks/{id:guid}/unclaim"] = IntegrationToken,
        ["POST /api/tasks/{id:guid}/reassign"] = IntegrationToken,
        ["POST /api/tasks/{id:guid}/complete"] = IntegrationToken,
        ["POST /api/tasks/{id:guid}/comments"] = IntegrationToken,
        ["GET /api/documents/{id:guid}"] = IntegrationToken,
        ["GET /api/templates/"] = "account1",
        ["GET /api/templates/{**name}"] = "account1",
        ["PUT /api/templates/{**name}"] = "manager",
        ["POST /api/templates/preview"] = "manager",
        ["POST /api/engagements/{id:guid}/invoices"] = "ops",
        ["GET /api/engagements/{id:guid}/invoices"] = "ops",
        ["POST /api/invoices/{id:guid}/payments"] = "ops",
        ["POST /api/engagements/{id:guid}/client-messages"] = "ops",
        ["GET /api/kpis"] = "ops",
        ["GET /api/kpis.csv"] = "ops",
    };

    [Fact]
    public void every_endpoint_is_either_on_the_allow_list_or_in_the_role_table()
    {
        var endpoints = EndpointCatalog.All(server);
        var unknown = endpoints.Select(e => e.Key).Where(k => !Anonymous.Contains(k) && !WrongCaller.ContainsKey(k)).ToList();
        unknown.ShouldBeEmpty("endpoints missing from the tables: " + string.Join(", ", unknown));
        var stale = WrongCaller.Keys.Concat(Anonymous).Except(endpoints.Select(e => e.Key)).ToList();
        stale.ShouldBeEmpty("table entries with no endpoint: " + string.Join(", ", stale));
    }

    [Fact]
    public void only_the_allow_list_is_marked_anonymous()
    {
        foreach (var endpoint in EndpointCatalog.All(server))
        {
            var anonymous = endpoint.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            anonymous.ShouldBe(Anonymous.Contains(endpoint.Key), endpoint.Key);
        }
    }

    [Fact]
    public async Task anonymous_callers_get_401_everywhere_but_the_allow_list()
    {
        var client = server.Anonymous();
        foreach (var endpoint in EndpointCatalog.All(server).Where(e => !Anonymous.Contains(e.Key)))
        {
            var response = await client.SendAsync(Request(endpoint));
            await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task callers_without_the_role_get_403()
    {
        var callers = new Dictionary<string, HttpClient>();
        foreach (var endpoint in EndpointCatalog.All(server).Where(e => WrongCaller.GetValueOrDefault(e.Key) is not null))
        {
            var who = WrongCaller[endpoint.Key]!;
            if (!callers.TryGetValue(who, out var client))
                callers[who] = client = who == IntegrationToken ? await server.WithTokenAsync("integration") : await server.SignedInAsync(who);
            var response = await client.SendAsync(Request(endpoint));
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{endpoint.Key} as {who}: {body}");
        }
    }

    private static HttpRequestMessage Request(EndpointCatalog.Entry endpoint)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url);
        if (endpoint.Method is "POST" or "PUT")
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return request;
    }
}
