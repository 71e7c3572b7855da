using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Documents.Get;

/// <summary><c>GET /api/documents/{id}</c>: a rendered document's HTML, locked down by <see cref="DocumentHeaders"/>.</summary>
internal static class GetDocumentEndpoint
{
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/documents/{id:guid}", HandleAsync).WithTags("Documents").RequireAuthorization(Policies.Staff);
        return routes;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> HandleAsync(
        Guid id, HttpResponse response, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var html = await db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => d.Html).SingleOrDefaultAsync(cancellationToken);
        if (html is null)
            return Problems.NotFound($"document {id} does not exist");
        DocumentHeaders.Apply(response);
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
