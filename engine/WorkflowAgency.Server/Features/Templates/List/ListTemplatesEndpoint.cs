using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Configuration;

namespace WorkflowAgency.Server.Features.Templates.List;

/// <summary><c>GET /api/templates</c>: every template in the templates folder, by name.</summary>
internal static class ListTemplatesEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/", Handle);

    private static Ok<List<TemplateSummary>> Handle(ServerSettings settings)
    {
        var root = settings.TemplatesRoot;
        var list = Directory.EnumerateFiles(root, "*" + TemplateNames.HtmlExtension, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/')[..^TemplateNames.HtmlExtension.Length])
            .Where(TemplateNames.IsValid)
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                var html = TemplateNames.PathOf(root, name, TemplateNames.HtmlExtension);
                var slash = name.IndexOf('/', StringComparison.Ordinal);
                return new TemplateSummary(name, slash < 0 ? "" : name[..slash], File.Exists(TemplateNames.PathOf(root, name, TemplateNames.TextExtension)), File.GetLastWriteTimeUtc(html));
            })
            .ToList();
        return TypedResults.Ok(list);
    }
}
