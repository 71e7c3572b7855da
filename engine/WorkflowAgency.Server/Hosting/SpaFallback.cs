using WorkflowAgency.Server.Configuration;

namespace WorkflowAgency.Server.Hosting;

/// <summary>Serves the web app's <c>index.html</c> for its own paths, so client-side routes survive a reload.</summary>
internal static class SpaFallback
{
    public const string Pattern = "{*path:nonfile:" + SpaPathConstraint.Name + "}";

    private const string NotBuilt = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>WorkflowAgency</title></head>
        <body><h1>WorkflowAgency is running</h1><p>The web app has not been built into this server yet.
        The API is described at <a href="/openapi/v1.json">/openapi/v1.json</a>.</p></body></html>
        """;

    public static IServiceCollection AddSpaFallback(this IServiceCollection services) =>
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<SpaPathConstraint>(SpaPathConstraint.Name));

    public static void MapSpaFallback(this WebApplication app)
    {
        var index = Path.Combine(app.Services.GetRequiredService<ServerSettings>().SpaRoot, "index.html");
        app.MapFallback(Pattern, () => File.Exists(index)
                ? Results.File(index, "text/html; charset=utf-8")
                : Results.Content(NotBuilt, "text/html; charset=utf-8"))
            .AllowAnonymous()
            // Only page loads: otherwise it stays a routing candidate for every API request and turns a wrong
            // content type (415) into a 404.
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .ExcludeFromDescription();
    }
}
