using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Features.Documents;

namespace WorkflowAgency.Server.Features.ClientLinks.Document;

/// <summary>
/// <c>GET /client/{token}/documents/{name}</c>: the latest version of a document the link's step shows the client
/// (the proposal for a proposal review). No other document of the engagement is reachable through the link.
/// </summary>
internal static class DocumentEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{token}/documents/{name}", HandleAsync);

    private static async Task<ContentHttpResult> HandleAsync(
        string token, string name, HttpResponse response, ClientLinkResolver resolver, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        var link = await resolver.ResolveAsync(token, cancellationToken);
        if (link.Status is not (ClientLinkStatus.Open or ClientLinkStatus.Answered))
            return ClientPages.Unanswerable(response, link, posted: false)!;
        if (link.Step is null || !link.Step.Attach.Contains(name)
            || link.Engagement!.Variables["documents"]?[name]?["id"] is not JsonValue idValue
            || !Guid.TryParse(idValue.ToString(), out var documentId))
            return ClientPages.Html(response, ClientHtml.Message("Not found", "There is no such document here."), StatusCodes.Status404NotFound);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var html = await db.Documents.AsNoTracking().Where(d => d.Id == documentId).Select(d => d.Html).SingleAsync(cancellationToken);
        DocumentHeaders.Apply(response);
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
