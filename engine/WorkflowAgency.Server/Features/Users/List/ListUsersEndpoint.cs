using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Users.List;

/// <summary><c>GET /api/users</c>: the people tasks can be given to and engagements owned by.</summary>
internal static class ListUsersEndpoint
{
    public static IEndpointRouteBuilder MapUsers(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/users", HandleAsync).WithTags("Users").RequireAuthorization(Policies.Staff);
        return routes;
    }

    private static async Task<Ok<List<UserSummary>>> HandleAsync(UserDirectory users, CancellationToken cancellationToken) =>
        TypedResults.Ok((await users.ListAsync(cancellationToken)).Select(u => new UserSummary(u.UserName, u.DisplayName, u.Roles, u.Groups)).ToList());
}
