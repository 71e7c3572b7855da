using System.Security.Claims;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Server.Configuration;
using WorkflowAgency.Server.Features.Kpis.Calculation;

namespace WorkflowAgency.Server.Features.Kpis;

/// <summary>The KPI report for a caller and a query: checks the query and access, reads the history, computes.</summary>
internal sealed class KpiService(KpiHistoryReader reader, ServerSettings settings, TimeProvider time)
{
    public async Task<EngineResult<KpiReport>> ReportAsync(string? from, string? to, string? owner, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var query = KpiQuery.Read(from, to, owner, user, now);
        if (!query.Succeeded)
            return query.Error!;
        var (period, scope) = query.Value;
        var history = await reader.ReadAsync(period.To, cancellationToken);
        return EngineResult<KpiReport>.Success(KpiCalculator.Compute(history, period, scope, settings.Kpis));
    }
}
