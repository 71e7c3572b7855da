using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Auth.Logout;

/// <summary><c>POST /api/auth/logout</c>: ends the cookie session.</summary>
internal static class LogoutEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/logout", (Func<HttpContext, Task<NoContent>>)HandleAsync);

    private static async Task<NoContent> HandleAsync(HttpContext context)
    {
        await context.SignOutAsync(AuthSchemes.Cookie);
        return TypedResults.NoContent();
    }
}
