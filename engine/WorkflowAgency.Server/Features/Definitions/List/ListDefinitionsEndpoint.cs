using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Persistence;

namespace WorkflowAgency.Server.Features.Definitions.List;

/// <summary><c>GET /api/definitions</c>: every definition with a draft or a version, without their JSON.</summary>
internal static class ListDefinitionsEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/", HandleAsync);

    private static async Task<Ok<List<DefinitionSummary>>> HandleAsync(IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var drafts = await db.DefinitionDrafts.AsNoTracking()
            .Select(d => new { d.DefinitionId, d.Name, d.Revision, d.UpdatedAt, d.UpdatedBy })
            .ToDictionaryAsync(d => d.DefinitionId, cancellationToken);
        var versions = await db.DefinitionVersions.AsNoTracking()
            .Select(v => new { v.DefinitionId, v.Version, v.Name, v.PublishedAt, v.RetractedAt })
            .ToListAsync(cancellationToken);

        var ids = drafts.Keys.Concat(versions.Select(v => v.DefinitionId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var list = ids.Select(id =>
        {
            drafts.TryGetValue(id, out var draft);
            var own = versions.Where(v => v.DefinitionId == id).ToList();
            var live = own.Where(v => v.RetractedAt is null).MaxBy(v => v.Version);
            return new DefinitionSummary(
                id, draft?.Name ?? own.MaxBy(v => v.Version)!.Name,
                draft?.Revision, draft?.UpdatedAt, draft?.UpdatedBy,
                live?.Version, live?.PublishedAt, own.Count);
        }).ToList();
        return TypedResults.Ok(list);
    }
}
