using WorkflowAgency.Server.Features.ClientLinks.Answer;
using WorkflowAgency.Server.Features.ClientLinks.Document;
using WorkflowAgency.Server.Features.ClientLinks.View;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.ClientLinks;

/// <summary>
/// <c>/client/{token}</c>: pages for clients, who never sign in. The signed token is the only credential, so the
/// endpoints are anonymous, rate-limited per address, and not part of the JSON API.
/// </summary>
internal static class ClientLinkEndpoints
{
    public static IEndpointRouteBuilder MapClientLinks(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/client").WithTags("Client links").AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Client);
        ViewEndpoint.Map(group);
        AnswerEndpoint.Map(group);
        DocumentEndpoint.Map(group);
        return routes;
    }
}
