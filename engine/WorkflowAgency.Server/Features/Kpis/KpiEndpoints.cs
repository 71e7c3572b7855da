using WorkflowAgency.Server.Features.Kpis.Export;
using WorkflowAgency.Server.Features.Kpis.Get;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Kpis;

/// <summary><c>/api/kpis</c>: managers and admins see everyone's KPIs; account staff their own (another owner is a 403).</summary>
internal static class KpiEndpoints
{
    public static IEndpointRouteBuilder MapKpis(this IEndpointRouteBuilder routes)
    {
        GetKpisEndpoint.Map(routes).WithTags("KPIs").RequireAuthorization(Policies.Kpis);
        ExportKpisEndpoint.Map(routes).WithTags("KPIs").RequireAuthorization(Policies.Kpis);
        return routes;
    }
}
