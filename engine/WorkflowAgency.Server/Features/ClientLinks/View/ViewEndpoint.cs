using Microsoft.AspNetCore.Http.HttpResults;

namespace WorkflowAgency.Server.Features.ClientLinks.View;

/// <summary><c>GET /client/{token}</c>: the question and its documents, or the answer already given; 403 tampered, 410 expired.</summary>
internal static class ViewEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{token}", HandleAsync);

    private static async Task<ContentHttpResult> HandleAsync(string token, HttpRequest request, HttpResponse response, ClientLinkResolver resolver, CancellationToken cancellationToken)
    {
        var link = await resolver.ResolveAsync(token, cancellationToken);
        return ClientPages.Unanswerable(response, link, posted: false)
            ?? ClientPages.Html(response, ClientPageRenderer.Open(link, ClientPages.PageUrl(request, token)));
    }
}
