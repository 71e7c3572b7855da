using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Engagements.Cancel;

/// <summary><c>POST /api/engagements/{id}/cancel</c>: open tasks are withdrawn, timers and client links stop.</summary>
internal static class CancelEndpoint
{
    public static RouteHandlerBuilder Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/cancel", HandleAsync);

    private static async Task<Results<Ok<EngagementState>, ProblemHttpResult>> HandleAsync(
        Guid id, CancelRequest? request, ClaimsPrincipal user, WorkflowEngine engine, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        var cancelled = await engine.CancelAsync(id, user.ToActor(), request?.Reason, cancellationToken);
        return cancelled.Succeeded
            ? TypedResults.Ok(await EngagementStates.ReadAsync(contexts, id, cancellationToken))
            : Problems.From(cancelled.Error!);
    }
}
