using WorkflowAgency.Server.Features.Auth.Csrf;
using WorkflowAgency.Server.Features.Auth.Login;
using WorkflowAgency.Server.Features.Auth.Logout;
using WorkflowAgency.Server.Features.Auth.Me;

namespace WorkflowAgency.Server.Features.Auth;

/// <summary><c>/api/auth</c>: staff sign-in with a cookie.</summary>
internal static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/auth").WithTags("Auth");
        LoginEndpoint.Map(group);
        LogoutEndpoint.Map(group);
        MeEndpoint.Map(group);
        CsrfEndpoint.Map(group);
        return routes;
    }
}
