using System.Globalization;
using System.Security.Claims;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Features.Kpis.Calculation;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Kpis;

/// <summary>
/// Reads <c>?from=&amp;to=&amp;owner=</c> and decides whose KPIs the caller may see. Dates are <c>YYYY-MM-DD</c> (a
/// <c>to</c> date includes that whole day) or ISO 8601 with an offset; the default period is the last 365 days.
/// Managers and admins see everyone and may pick an owner; account staff see their own figures only.
/// </summary>
internal static class KpiQuery
{
    public static readonly TimeSpan DefaultLength = TimeSpan.FromDays(365);

    public static EngineResult<(KpiPeriod Period, string? Owner)> Read(string? from, string? to, string? owner, ClaimsPrincipal user, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(user);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var start = Instant(from, "from", endOfDay: false, errors);
        var end = Instant(to, "to", endOfDay: true, errors);
        if (errors.Count > 0)
            return EngineError.Invalid("The period is not understood", errors);
        var periodEnd = end ?? now;
        var periodStart = start ?? periodEnd - DefaultLength;
        if (periodEnd <= periodStart)
            return EngineError.Invalid("The period is empty", new Dictionary<string, string[]> { ["to"] = ["must be after from"] });

        var roles = user.RolesOf();
        var seesEveryone = roles.Contains(Roles.Admin) || roles.Contains(Roles.Manager);
        var wanted = string.IsNullOrWhiteSpace(owner) ? null : owner.Trim().ToLowerInvariant();
        if (!seesEveryone)
        {
            var self = user.UserName();
            if (wanted is not null && wanted != self)
                return EngineError.Forbidden($"account staff see their own KPIs only; leave out owner or use owner={self}");
            wanted = self;
        }
        return EngineResult<(KpiPeriod, string?)>.Success((new KpiPeriod(periodStart, periodEnd, now), wanted));
    }

    private static DateTime? Instant(string? text, string name, bool endOfDay, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(endOfDay ? 1 : 0);
        if (text.Length > 10 && text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && (text.EndsWith('Z') || text.EndsWith('z') || text[^6] is '+' or '-'))
            return instant.UtcDateTime;
        errors[name] = [$"'{text}' is not a date (YYYY-MM-DD) or a date and time with an offset (2026-03-01T00:00:00Z)"];
        return null;
    }
}
