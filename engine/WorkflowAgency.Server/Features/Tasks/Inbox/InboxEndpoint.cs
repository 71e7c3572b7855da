using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Tasks.Inbox;

/// <summary>
/// <c>GET /api/tasks</c>: by default the caller's open tasks — assigned to them, claimed by them, or offered to a
/// group of theirs and not claimed by someone else — soonest due first.
/// </summary>
internal static class InboxEndpoint
{
    private static readonly string[] Statuses = ["open", "completed", "cancelled", "all"];
    private static readonly string[] Sorts = ["due", "priority", "created"];

    public static void Map(RouteGroupBuilder group) => group.MapGet("/", HandleAsync);

    private static async Task<Results<Ok<Page<TaskSummary>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] TaskQuery query, ClaimsPrincipal user, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        var status = query.Status?.ToLowerInvariant() ?? "open";
        var sort = query.Sort?.ToLowerInvariant() ?? "due";
        if (!Statuses.Contains(status))
            return Problems.Invalid("status", $"Use one of: {string.Join(", ", Statuses)}");
        if (!Sorts.Contains(sort))
            return Problems.Invalid("sort", $"Use one of: {string.Join(", ", Sorts)}");
        var (page, size, skip) = Paging.Normalize(query.Page, query.PageSize);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Filtered, counted and paged on the tasks alone; only the page's tasks look up their engagement. Every task
        // has one (a cascading foreign key), so the count is the same, and a large inbox costs no look-up of an
        // engagement it does not show.
        var rows = db.Tasks.AsNoTracking();
        rows = status switch
        {
            "open" => rows.Where(t => t.Status == WorkTaskStatus.Open),
            "completed" => rows.Where(t => t.Status == WorkTaskStatus.Completed),
            "cancelled" => rows.Where(t => t.Status == WorkTaskStatus.Cancelled),
            _ => rows,
        };
        if (query.Stage is not null)
            rows = rows.Where(t => t.Stage == query.Stage);
        if (query.DueBefore is { } dueBefore)
        {
            // A date without a zone (?dueBefore=2026-03-05) is UTC, like every time the engine stores, not the server's local time.
            var before = dueBefore.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dueBefore, DateTimeKind.Utc) : dueBefore.ToUniversalTime();
            rows = rows.Where(t => t.DueAt != null && t.DueAt < before);
        }

        var assignee = query.Assignee?.Trim();
        if (string.IsNullOrEmpty(assignee) || assignee == "me")
        {
            var me = user.UserName();
            var groups = user.ToActor().Groups.ToList();
            // Open tasks (the default inbox): each alternative names the status itself, so SQLite answers every one
            // from its partial index over open tasks and unions them, instead of scanning all open tasks. An open task
            // has no completer, so CompletedBy only matters for the other statuses.
            rows = status == "open"
                ? rows.Where(t => (t.Status == WorkTaskStatus.Open && t.ClaimedBy == me)
                    || (t.Status == WorkTaskStatus.Open && t.ClaimedBy == null && t.AssigneeUser == me)
                    || (t.Status == WorkTaskStatus.Open && t.ClaimedBy == null && groups.Contains(t.AssigneeGroup!)))
                : rows.Where(t => t.ClaimedBy == me || t.CompletedBy == me
                    || (t.ClaimedBy == null && (t.AssigneeUser == me || groups.Contains(t.AssigneeGroup!))));
        }
        else if (assignee != "all" && Assignment.Parse(assignee) is { } target)
        {
            rows = target.Group is { } group
                ? rows.Where(t => t.AssigneeGroup == group)
                : rows.Where(t => t.AssigneeUser == target.User || t.ClaimedBy == target.User);
        }

        rows = sort switch
        {
            "priority" => rows.OrderByDescending(t => t.Priority).ThenBy(t => t.DueAt == null).ThenBy(t => t.DueAt),
            "created" => rows.OrderByDescending(t => t.CreatedAt),
            _ => rows.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenByDescending(t => t.Priority),
        };
        var total = await rows.CountAsync(cancellationToken);
        var tasks = await rows.Skip(skip).Take(size).ToListAsync(cancellationToken);

        // Only the client's name and company come from the engagements: their variables and execution state are
        // the biggest columns of the database and the list shows neither.
        var engagementIds = tasks.Select(t => t.EngagementId).Distinct().ToList();
        var clients = await db.Engagements.AsNoTracking()
            .Where(e => engagementIds.Contains(e.Id))
            .Select(e => new { e.Id, e.ClientName, e.ClientCompany })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        // A task whose engagement was purged between the two reads is left out rather than failing the whole page.
        var items = tasks
            .Where(t => clients.ContainsKey(t.EngagementId))
            .Select(t => TaskSummary.From(t, clients[t.EngagementId].ClientName, clients[t.EngagementId].ClientCompany))
            .ToList();
        return TypedResults.Ok(new Page<TaskSummary>(items, total, page, size));
    }
}
