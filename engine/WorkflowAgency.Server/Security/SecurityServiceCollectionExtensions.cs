using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Configuration;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Security;

/// <summary>Sign-in (cookie or bearer token), roles, CSRF tokens and rate limits.</summary>
internal static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddServerSecurity(this IServiceCollection services, ServerSettings settings)
    {
        services.AddSingleton<IPasswordHasher<StaffUser>, PasswordHasher<StaffUser>>();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<ApiTokenService>();
        services.AddSingleton<DemoUserSeeder>();

        services.AddAuthentication(AuthSchemes.Either)
            .AddPolicyScheme(AuthSchemes.Either, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? AuthSchemes.Bearer : AuthSchemes.Cookie)
            .AddCookie(AuthSchemes.Cookie, o =>
            {
                o.Cookie.Name = "wa.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                // An API answers with status codes; the SPA decides where its login page is.
                o.Events.OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = SessionRevalidation.ValidateAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(AuthSchemes.Bearer, null);

        // The key ring in the database: every node behind a load balancer accepts the cookies and anti-forgery tokens
        // the others issued, and they survive a restart with the rest of the data. Not encrypted at rest: whoever can
        // read the database can forge sessions (as they could already change its users).
        // The key repository asks for the context per scope; the pool hands one out and takes it back.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ServerDbContext>>().CreateDbContext());
        services.AddDataProtection()
            .SetApplicationName("WorkflowAgency")
            .PersistKeysToDbContext<ServerDbContext>();
        services.AddAuthorization(Policies.Add);
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CsrfProtection.HeaderName;
            o.Cookie.Name = "wa.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRateLimiter(o => RateLimitPolicies.Add(o, settings.RateLimits));
        return services;
    }

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
