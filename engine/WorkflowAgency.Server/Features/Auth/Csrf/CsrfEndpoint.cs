using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Auth.Csrf;

/// <summary><c>GET /api/auth/csrf</c>: a fresh anti-forgery token for the signed-in user (e.g. after a page reload).</summary>
internal static class CsrfEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/csrf", Handle);

    private static Ok<CsrfResponse> Handle(HttpContext context, IAntiforgery antiforgery) =>
        TypedResults.Ok(new CsrfResponse(antiforgery.GetAndStoreTokens(context).RequestToken!, CsrfProtection.HeaderName));
}
