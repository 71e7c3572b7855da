using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Configuration;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Features.Templates.Preview;

/// <summary><c>POST /api/templates/preview</c>: renders unsaved template source; errors come back with line and column.</summary>
internal static class PreviewEndpoint
{
    private const string DefaultName = "preview";

    public static void Map(RouteGroupBuilder group) => group.MapPost("/preview", HandleAsync);

    private static async Task<Results<Ok<PreviewResponse>, ProblemHttpResult>> HandleAsync(
        PreviewRequest request, ServerSettings settings, IDbContextFactory<WorkflowDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        var name = request.Name ?? DefaultName;
        if (!TemplateNames.IsValid(name))
            return Problems.Invalid("name", TemplateNames.Rule);
        if (request.Html is null)
            return Problems.Invalid("html", "The HTML part is required");

        var model = new JsonObject();
        if (request.EngagementId is { } engagementId)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var variables = await db.Engagements.AsNoTracking().Where(e => e.Id == engagementId).Select(e => e.Variables).SingleOrDefaultAsync(cancellationToken);
            if (variables is null)
                return Problems.NotFound($"engagement {engagementId} does not exist");
            model = (JsonObject)variables.DeepClone();
        }
        foreach (var (key, value) in request.Data ?? [])
            model[key] = value?.DeepClone();

        using var workspace = TemplateWorkspace.Create(settings.TemplatesRoot, name, request.Html, request.Text, time);
        var rendered = workspace.Renderer.Render(name, model);
        return rendered.Succeeded
            ? TypedResults.Ok(new PreviewResponse(rendered.Value!.Html, rendered.Value.Text, rendered.Value.Subject))
            : TemplateProblems.Invalid("The template did not render", rendered.Errors);
    }
}
