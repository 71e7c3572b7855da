using WorkflowAgency.Server.Features.Definitions.Get;
using WorkflowAgency.Server.Features.Definitions.GetVersion;
using WorkflowAgency.Server.Features.Definitions.List;
using WorkflowAgency.Server.Features.Definitions.Publish;
using WorkflowAgency.Server.Features.Definitions.Retract;
using WorkflowAgency.Server.Features.Definitions.SaveDraft;
using WorkflowAgency.Server.Features.Definitions.Validate;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Definitions;

/// <summary><c>/api/definitions</c>: process definitions, their drafts and published versions. Operations design; managers read.</summary>
internal static class DefinitionEndpoints
{
    public static IEndpointRouteBuilder MapDefinitions(this IEndpointRouteBuilder routes)
    {
        var read = routes.MapGroup("/api/definitions").WithTags("Definitions").RequireAuthorization(Policies.ReadDesign);
        ListDefinitionsEndpoint.Map(read);
        GetDefinitionEndpoint.Map(read);
        GetVersionEndpoint.Map(read);

        var design = routes.MapGroup("/api/definitions").WithTags("Definitions").RequireAuthorization(Policies.Design);
        SaveDraftEndpoint.Map(design);
        PublishEndpoint.Map(design);
        RetractEndpoint.Map(design);
        ValidateEndpoint.Map(design);
        return routes;
    }
}
