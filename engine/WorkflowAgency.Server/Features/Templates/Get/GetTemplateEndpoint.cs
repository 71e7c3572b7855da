using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Configuration;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Features.Templates.Get;

/// <summary><c>GET /api/templates/{name}</c>, e.g. <c>/api/templates/emails/welcome</c>.</summary>
internal static class GetTemplateEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{**name}", HandleAsync);

    private static async Task<Results<Ok<TemplateView>, ProblemHttpResult>> HandleAsync(string name, ServerSettings settings, CancellationToken cancellationToken)
    {
        if (!TemplateNames.IsValid(name))
            return Problems.Invalid("name", TemplateNames.Rule);
        var view = await ReadAsync(settings.TemplatesRoot, name, cancellationToken);
        return view is null ? Problems.NotFound($"there is no template '{name}'") : TypedResults.Ok(view);
    }

    public static async Task<TemplateView?> ReadAsync(string root, string name, CancellationToken cancellationToken)
    {
        var htmlPath = TemplateNames.PathOf(root, name, TemplateNames.HtmlExtension);
        if (!File.Exists(htmlPath))
            return null;
        var textPath = TemplateNames.PathOf(root, name, TemplateNames.TextExtension);
        var text = File.Exists(textPath) ? await File.ReadAllTextAsync(textPath, cancellationToken) : null;
        return new TemplateView(name, await File.ReadAllTextAsync(htmlPath, cancellationToken), text, File.GetLastWriteTimeUtc(htmlPath));
    }
}
