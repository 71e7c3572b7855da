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
        // Only the client's name and company come from the engagement: its variables and execution state are the
        // biggest columns of the database and the list shows neither.
        var rows = db.Tasks.AsNoTracking().Join(
            db.Engagements.AsNoTracking(), t => t.EngagementId, e => e.Id, (t, e) => new { t, e.ClientName, e.ClientCompany });
        rows = status switch
        {
            "open" => rows.Where(r => r.t.Status == WorkTaskStatus.Open),
            "completed" => rows.Where(r => r.t.Status == WorkTaskStatus.Completed),
            "cancelled" => rows.Where(r => r.t.Status == WorkTaskStatus.Cancelled),
            _ => rows,
        };
        if (query.Stage is not null)
            rows = rows.Where(r => r.t.Stage == query.Stage);
        if (query.DueBefore is { } dueBefore)
        {
            // A date without a zone (?dueBefore=2026-03-05) is UTC, like every time the engine stores, not the server's local time.
            var before = dueBefore.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dueBefore, DateTimeKind.Utc) : dueBefore.ToUniversalTime();
            rows = rows.Where(r => r.t.DueAt != null && r.t.DueAt < before);
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
                ? rows.Where(r => (r.t.Status == WorkTaskStatus.Open && r.t.ClaimedBy == me)
                    || (r.t.Status == WorkTaskStatus.Open && r.t.ClaimedBy == null && r.t.AssigneeUser == me)
                    || (r.t.Status == WorkTaskStatus.Open && r.t.ClaimedBy == null && groups.Contains(r.t.AssigneeGroup!)))
                : rows.Where(r => r.t.ClaimedBy == me || r.t.CompletedBy == me
                    || (r.t.ClaimedBy == null && (r.t.AssigneeUser == me || groups.Contains(r.t.AssigneeGroup!))));
        }
        else if (assignee != "all" && Assignment.Parse(assignee) is { } target)
        {
            rows = target.Group is { } group
                ? rows.Where(r => r.t.AssigneeGroup == group)
                : rows.Where(r => r.t.AssigneeUser == target.User || r.t.ClaimedBy == target.User);
        }

        rows = sort switch
        {
            "priority" => rows.OrderByDescending(r => r.t.Priority).ThenBy(r => r.t.DueAt == null).ThenBy(r => r.t.DueAt),
            "created" => rows.OrderByDescending(r => r.t.CreatedAt),
            _ => rows.OrderBy(r => r.t.DueAt == null).ThenBy(r => r.t.DueAt).ThenByDescending(r => r.t.Priority),
        };
        var total = await rows.CountAsync(cancellationToken);
        var items = (await rows.Skip(skip).Take(size).ToListAsync(cancellationToken)).Select(r => TaskSummary.From(r.t, r.ClientName, r.ClientCompany)).ToList();
        return TypedResults.Ok(new Page<TaskSummary>(items, total, page, size));
    }
}
