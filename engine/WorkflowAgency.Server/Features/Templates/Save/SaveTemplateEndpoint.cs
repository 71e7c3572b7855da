using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Configuration;
using WorkflowAgency.Server.Features.Templates.Get;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Features.Templates.Save;

/// <summary>
/// <c>PUT /api/templates/{name}</c>: creates or replaces a template. It is checked first in a copy of the folder
/// (parse errors with line and column, missing includes), because running engagements render from the real one.
/// </summary>
internal static class SaveTemplateEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPut("/{**name}", HandleAsync);

    private static async Task<Results<Ok<TemplateView>, ProblemHttpResult>> HandleAsync(
        string name, SaveTemplateRequest request, ServerSettings settings, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!TemplateNames.IsValid(name))
            return Problems.Invalid("name", TemplateNames.Rule);
        if (request.Html is null)
            return Problems.Invalid("html", "The HTML part is required");

        using (var workspace = TemplateWorkspace.Create(settings.TemplatesRoot, name, request.Html, request.Text, time))
        {
            var errors = workspace.Renderer.Check(name);
            if (errors.Count > 0)
                return TemplateProblems.Invalid($"'{name}' was not saved", errors);
        }

        var root = settings.TemplatesRoot;
        var htmlPath = TemplateNames.PathOf(root, name, TemplateNames.HtmlExtension);
        Directory.CreateDirectory(Path.GetDirectoryName(htmlPath)!);
        await File.WriteAllTextAsync(htmlPath, request.Html, cancellationToken);
        var textPath = TemplateNames.PathOf(root, name, TemplateNames.TextExtension);
        if (request.Text is { Length: > 0 })
            await File.WriteAllTextAsync(textPath, request.Text, cancellationToken);
        else if (request.Text is not null)
            File.Delete(textPath);
        return TypedResults.Ok((await GetTemplateEndpoint.ReadAsync(root, name, cancellationToken))!);
    }
}
