using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Features.Engagements.Journal;

/// <summary>
/// <c>GET /api/engagements/{id}/journal</c>: the audit trail in order. <c>?after=</c> (the last id seen) and
/// <c>?limit=</c> page through long ones.
/// </summary>
internal static class JournalEndpoint
{
    public static RouteHandlerBuilder Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}/journal", HandleAsync);

    private static async Task<Results<Ok<List<JournalEntryView>>, ProblemHttpResult>> HandleAsync(
        Guid id, long? after, int? limit, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Engagements.AnyAsync(e => e.Id == id, cancellationToken))
            return Problems.NotFound($"engagement {id} does not exist");
        var from = after ?? 0;
        var entries = await db.Journal.AsNoTracking()
            .Where(j => j.EngagementId == id && j.Id > from)
            .OrderBy(j => j.Id)
            .Take(Math.Clamp(limit ?? 500, 1, 1000))
            .Select(j => new JournalEntryView(j.Id, j.At, j.Kind, j.Stage, j.StepId, j.Actor, j.Outcome, j.Data))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries);
    }
}
