using WorkflowAgency.Server.Features.Tokens.Create;
using WorkflowAgency.Server.Features.Tokens.List;
using WorkflowAgency.Server.Features.Tokens.Revoke;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Tokens;

/// <summary><c>/api/tokens</c>: API tokens for integrations, managed by admins.</summary>
internal static class TokenEndpoints
{
    public static IEndpointRouteBuilder MapTokens(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/tokens").WithTags("Tokens").RequireAuthorization(Policies.Admin);
        CreateTokenEndpoint.Map(group);
        ListTokensEndpoint.Map(group);
        RevokeTokenEndpoint.Map(group);
        return routes;
    }
}
