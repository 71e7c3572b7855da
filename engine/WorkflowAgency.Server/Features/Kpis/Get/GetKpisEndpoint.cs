using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Features.Kpis.Get;

/// <summary><c>GET /api/kpis?from=&amp;to=&amp;owner=&amp;format=</c>: the account KPIs and process health; <c>format=csv</c> for a spreadsheet.</summary>
internal static class GetKpisEndpoint
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder routes) => routes.MapGet("/api/kpis", HandleAsync);

    private static async Task<Results<Ok<KpiReport>, ContentHttpResult, ProblemHttpResult>> HandleAsync(
        string? from, string? to, string? owner, string? format, ClaimsPrincipal user, HttpResponse response, KpiService kpis, CancellationToken cancellationToken)
    {
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !string.IsNullOrEmpty(format) && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            return Problems.Invalid("format", "Choose json or csv");
        var report = await kpis.ReportAsync(from, to, owner, user, cancellationToken);
        if (!report.Succeeded)
            return Problems.From(report.Error!);
        return csv ? Csv(report.Value!, response) : TypedResults.Ok(report.Value);
    }

    public static ContentHttpResult Csv(KpiReport report, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(response);
        var name = string.Create(CultureInfo.InvariantCulture, $"kpis-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}{(report.Owner is null ? "" : "-" + report.Owner)}.csv");
        response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        return TypedResults.Text(KpiCsv.Write(report), "text/csv; charset=utf-8");
    }
}
