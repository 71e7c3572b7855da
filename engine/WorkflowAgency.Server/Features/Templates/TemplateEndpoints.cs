using WorkflowAgency.Server.Features.Templates.Get;
using WorkflowAgency.Server.Features.Templates.List;
using WorkflowAgency.Server.Features.Templates.Preview;
using WorkflowAgency.Server.Features.Templates.Save;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Templates;

/// <summary><c>/api/templates</c>: the Scriban templates for documents and emails. Operations edit; managers read.</summary>
internal static class TemplateEndpoints
{
    public static IEndpointRouteBuilder MapTemplates(this IEndpointRouteBuilder routes)
    {
        var read = routes.MapGroup("/api/templates").WithTags("Templates").RequireAuthorization(Policies.ReadDesign);
        ListTemplatesEndpoint.Map(read);
        GetTemplateEndpoint.Map(read);

        var design = routes.MapGroup("/api/templates").WithTags("Templates").RequireAuthorization(Policies.Design);
        PreviewEndpoint.Map(design);
        SaveTemplateEndpoint.Map(design);
        return routes;
    }
}
