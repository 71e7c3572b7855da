using System.Security.Claims;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Server.Accounts;

namespace WorkflowAgency.Server.Security;

/// <summary>Reads the server's claims back.</summary>
internal static class PrincipalExtensions
{
    public static string UserName(this ClaimsPrincipal user) => user.Identity?.Name ?? throw new InvalidOperationException("the request is not authenticated");

    public static IReadOnlyList<string> RolesOf(this ClaimsPrincipal user) => user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

    public static IReadOnlyList<string> GroupsOf(this ClaimsPrincipal user) => user.FindAll(ClaimNames.Group).Select(c => c.Value).ToList();

    /// <summary>The engine knows one set of names per actor: roles (admin, manager…) and groups (creative…) together.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) =>
        Actor.User(user.UserName(), [.. user.RolesOf(), .. user.GroupsOf()]);

    public static bool IsCookieAuthenticated(this ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, AuthenticationType: AuthSchemes.Cookie };
}
