using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Features.Engagements.List;

/// <summary><c>GET /api/engagements</c>: filtered on the indexed columns, newest first, a page at a time.</summary>
internal static class ListEngagementsEndpoint
{
    public static RouteHandlerBuilder Map(RouteGroupBuilder group) => group.MapGet("/", HandleAsync);

    private static async Task<Results<Ok<Page<EngagementSummary>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] EngagementQuery query, IDbContextFactory<WorkflowDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        EngagementStatus? status = null;
        if (query.Status is not null)
        {
            if (!Enum.TryParse<EngagementStatus>(query.Status, ignoreCase: true, out var parsed) || int.TryParse(query.Status, out _))
                return Problems.Invalid("status", $"Use one of: {string.Join(", ", Enum.GetNames<EngagementStatus>().Select(n => n.ToLowerInvariant()))}");
            status = parsed;
        }
        var (page, size, skip) = Paging.Normalize(query.Page, query.PageSize);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var engagements = db.Engagements.AsNoTracking();
        if (query.Stage is not null)
            engagements = engagements.Where(e => e.Stage == query.Stage);
        if (status is not null)
            engagements = engagements.Where(e => e.Status == status);
        if (query.Owner is not null)
            engagements = engagements.Where(e => e.Owner == query.Owner);
        if (!string.IsNullOrWhiteSpace(query.Client))
        {
            var pattern = $"%{query.Client.Trim()}%";
            // SQLite's LIKE ignores case; PostgreSQL's does not, and ILIKE is its case-insensitive one.
            engagements = db.Database.IsNpgsql()
                ? engagements.Where(e => EF.Functions.ILike(e.ClientName, pattern) || EF.Functions.ILike(e.ClientCompany!, pattern))
                : engagements.Where(e => EF.Functions.Like(e.ClientName, pattern) || EF.Functions.Like(e.ClientCompany!, pattern));
        }
        if (query.Overdue == true)
        {
            var now = time.GetUtcNow().UtcDateTime;
            engagements = engagements.Where(e => e.NextDueAt != null && e.NextDueAt < now
                && e.Status != EngagementStatus.Completed && e.Status != EngagementStatus.Cancelled);
        }

        var total = await engagements.CountAsync(cancellationToken);
        var items = await engagements
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Skip(skip).Take(size)
            .Select(e => new EngagementSummary(
                e.Id, e.DefinitionId, e.DefinitionVersion, e.ClientName, e.ClientCompany, e.ClientEmail, e.Owner,
                e.Stage, e.Status, e.Result, e.NextDueAt, e.CreatedAt, e.UpdatedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<EngagementSummary>(items, total, page, size));
    }
}
