using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace WorkflowAgency.Server.Features.Auth.Me;

/// <summary><c>GET /api/auth/me</c>: the signed-in user (401 when nobody is).</summary>
internal static class MeEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/me", Handle);

    private static Ok<MeResponse> Handle(ClaimsPrincipal user) => TypedResults.Ok(MeResponse.From(user));
}
