using WorkflowAgency.Server.Configuration;

namespace WorkflowAgency.Server.Hosting;

/// <summary>
/// Serves the web app's <c>index.html</c> for any other path, so its client-side routes survive a reload. Unknown
/// <c>/api</c> paths stay 404 problems: an API typo must not come back as a 200 HTML page.
/// </summary>
internal static class SpaFallback
{
    private const string NotBuilt = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>WorkflowAgency</title></head>
        <body><h1>WorkflowAgency is running</h1><p>The web app has not been built into this server yet.
        The API is described at <a href="/openapi/v1.json">/openapi/v1.json</a>.</p></body></html>
        """;

    public static void MapSpaFallback(this WebApplication app)
    {
        var index = Path.Combine(app.Services.GetRequiredService<ServerSettings>().SpaRoot, "index.html");
        app.MapFallback((HttpContext context) =>
        {
            var path = context.Request.Path;
            if (path.StartsWithSegments("/api") || path.StartsWithSegments("/client") || path.StartsWithSegments("/openapi"))
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"there is nothing at {path}");
            return File.Exists(index)
                ? Results.File(index, "text/html; charset=utf-8")
                : Results.Content(NotBuilt, "text/html; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
