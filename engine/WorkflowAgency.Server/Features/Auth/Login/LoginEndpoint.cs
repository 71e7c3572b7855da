using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Features.Auth.Me;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Auth.Login;

/// <summary><c>POST /api/auth/login</c>: checks the password and sets the session cookie. Rate-limited per address.</summary>
internal static class LoginEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/login", HandleAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Login)
            // Forging a login only signs the victim in as the attacker, and there is no session yet to bind a token to.
            .WithoutCsrfCheck();

    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> HandleAsync(
        LoginRequest request, HttpContext context, UserDirectory users, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrEmpty(request.Password))
        {
            return Problems.Invalid("Give a user name and a password", new Dictionary<string, string[]>
            {
                ["username"] = string.IsNullOrWhiteSpace(request.Username) ? ["required"] : [],
                ["password"] = string.IsNullOrEmpty(request.Password) ? ["required"] : [],
            }.Where(f => f.Value.Length > 0).ToDictionary());
        }

        var user = await users.VerifyAsync(request.Username, request.Password, cancellationToken);
        if (user is null)
            return TypedResults.Problem("Wrong user name or password.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");

        var principal = StaffPrincipals.ForUser(user);
        await context.SignInAsync(AuthSchemes.Cookie, principal);
        // The anti-forgery token is bound to the user, so it is made for the user just signed in.
        context.User = principal;
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new SessionResponse(MeResponse.From(principal), tokens.RequestToken!));
    }
}
