using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Features.Kpis.Get;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Features.Kpis.Export;

/// <summary><c>GET /api/kpis.csv?from=&amp;to=&amp;owner=</c>: the same report as CSV, for a link the browser downloads.</summary>
internal static class ExportKpisEndpoint
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder routes) => routes.MapGet("/api/kpis.csv", HandleAsync);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> HandleAsync(
        string? from, string? to, string? owner, ClaimsPrincipal user, HttpResponse response, KpiService kpis, CancellationToken cancellationToken)
    {
        var report = await kpis.ReportAsync(from, to, owner, user, cancellationToken);
        return report.Succeeded ? GetKpisEndpoint.Csv(report.Value!, response) : Problems.From(report.Error!);
    }
}
