using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using WorkflowAgency.Server.Accounts;

namespace WorkflowAgency.Server.Security;

/// <summary>Authenticates <c>Authorization: Bearer wa_…</c> against the hashed API tokens.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers[HeaderNames.Authorization];
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var token = await tokens.FindAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted);
        // The message never contains the token: failures are logged.
        return token is null
            ? AuthenticateResult.Fail("unknown or revoked API token")
            : AuthenticateResult.Success(new AuthenticationTicket(StaffPrincipals.ForToken(token), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
