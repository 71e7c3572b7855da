namespace WorkflowAgency.Server.Features.Documents;

/// <summary>
/// Headers for serving a rendered document. Its HTML comes from templates filled with client and staff data;
/// escaping should keep scripts out, and this policy makes sure nothing in it can run or load anything anyway.
/// </summary>
internal static class DocumentHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.CacheControl = "private, no-store";
        response.Headers.XContentTypeOptions = "nosniff";
    }
}
