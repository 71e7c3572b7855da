namespace WorkflowAgency.Server.Hosting;

/// <summary>
/// Matches paths that belong to the web app, not to the API, client pages or the API description, so the SPA
/// fallback never answers for them: an unknown API path stays a 404 and a wrong content type stays a 415.
/// </summary>
internal sealed class SpaPathConstraint : IRouteConstraint
{
    public const string Name = "spa";

    private static readonly string[] ServerPrefixes = ["api", "client", "openapi", "health"];

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        var path = values.TryGetValue(routeKey, out var value) ? value?.ToString() ?? "" : "";
        var first = path.Split('/', 2)[0];
        return !ServerPrefixes.Contains(first, StringComparer.OrdinalIgnoreCase);
    }
}
