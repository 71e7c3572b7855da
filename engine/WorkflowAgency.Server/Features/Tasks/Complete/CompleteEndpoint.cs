using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Features.Engagements;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Tasks.Complete;

/// <summary>
/// <c>POST /api/tasks/{id}/complete</c>: 200 and the engagement runs on; 400 with errors per form field; 403 when
/// the task is not the caller's; 409 when it was completed already (by them or someone else).
/// </summary>
internal static class CompleteEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/complete", HandleAsync);

    private static async Task<Results<Ok<CompleteResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, CompleteRequest request, ClaimsPrincipal user, WorkflowEngine engine, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        var completed = await engine.CompleteTaskAsync(id, request.Outcome, request.Data, user.ToActor(), cancellationToken);
        if (!completed.Succeeded)
            return Problems.From(completed.Error!);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var task = await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken);
        var engagement = await db.Engagements.AsNoTracking().SingleAsync(e => e.Id == task.EngagementId, cancellationToken);
        var open = await db.Tasks.AsNoTracking()
            .Where(t => t.EngagementId == engagement.Id && t.Status == WorkTaskStatus.Open)
            .OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(new CompleteResponse(
            TaskSummary.From(task, engagement),
            new EngagementState(engagement.Id, engagement.Stage, engagement.Status),
            open.Select(t => TaskSummary.From(t, engagement)).ToList()));
    }
}
