namespace WorkflowAgency.Server.Features.ClientLinks;

/// <summary>
/// Client pages run no script and load nothing from elsewhere; the address holds the link's secret, so it must
/// not leak through the Referer header or a cache.
/// </summary>
internal static class ClientPageHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
        response.Headers.XFrameOptions = "DENY";
    }
}
