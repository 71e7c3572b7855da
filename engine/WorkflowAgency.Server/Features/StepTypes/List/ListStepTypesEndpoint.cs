using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.StepTypes.List;

/// <summary><c>GET /api/step-types</c>: what the designer's palette and property panels are built from.</summary>
internal static class ListStepTypesEndpoint
{
    public static IEndpointRouteBuilder MapStepTypes(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/step-types", Handle).WithTags("Definitions").RequireAuthorization(Policies.ReadDesign);
        return routes;
    }

    private static Ok<IReadOnlyList<StepTypeInfo>> Handle() => TypedResults.Ok(StepTypeCatalog.All);
}
