using System.Security.Claims;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Auth.Me;

/// <summary>Who is signed in, and what they may do and see.</summary>
internal sealed record MeResponse(string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Groups, string Kind)
{
    public static MeResponse From(ClaimsPrincipal user) => new(
        user.UserName(),
        user.FindFirstValue(ClaimNames.DisplayName) ?? user.UserName(),
        user.RolesOf(),
        user.GroupsOf(),
        user.IsCookieAuthenticated() ? "user" : "token");
}
