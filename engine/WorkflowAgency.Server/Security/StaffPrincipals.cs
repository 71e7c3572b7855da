using System.Security.Claims;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Security;

/// <summary>Builds the principals the server works with, from a signed-in user or an API token.</summary>
internal static class StaffPrincipals
{
    public static ClaimsPrincipal ForUser(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Build(AuthSchemes.Cookie, user.UserName, user.DisplayName, user.Roles, user.Groups);
    }

    /// <summary>A token acts under its own name (<c>token:crm</c>), so the journal shows which integration did what.</summary>
    public static ClaimsPrincipal ForToken(ApiToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Build(AuthSchemes.Bearer, $"token:{token.Name}", token.Name, token.Roles, []);
    }

    private static ClaimsPrincipal Build(string scheme, string name, string displayName, IEnumerable<string> roles, IEnumerable<string> groups)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, name),
            new(ClaimTypes.Name, name),
            new(ClaimNames.DisplayName, displayName),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(groups.Select(g => new Claim(ClaimNames.Group, g)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
