using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using WorkflowAgency.Server.Accounts;

namespace WorkflowAgency.Server.Security;

/// <summary>
/// Re-reads the signed-in user every few minutes, so a disabled account stops working and changed roles take
/// effect without waiting for the cookie to expire, at the cost of one look-up per user per interval.
/// </summary>
internal static class SessionRevalidation
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    private const string CheckedKey = "wa.checked";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (context.Properties.Items.TryGetValue(CheckedKey, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var checkedAt)
            && now - checkedAt < Interval)
            return;

        var users = context.HttpContext.RequestServices.GetRequiredService<UserDirectory>();
        var user = context.Principal?.Identity?.Name is { } name ? await users.FindAsync(name, context.HttpContext.RequestAborted) : null;
        if (user is null || user.Disabled)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSchemes.Cookie);
            return;
        }
        context.ReplacePrincipal(StaffPrincipals.ForUser(user));
        context.Properties.Items[CheckedKey] = now.ToString("O", CultureInfo.InvariantCulture);
        context.ShouldRenew = true;
    }
}
