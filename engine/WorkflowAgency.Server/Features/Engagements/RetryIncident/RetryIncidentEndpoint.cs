using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Engagements.RetryIncident;

/// <summary>
/// <c>POST /api/engagements/{id}/incidents/{incidentId}/retry</c>: runs the failed step (or sends the refused email)
/// again, once its cause is fixed. Failing again raises a new incident rather than an error here.
/// </summary>
internal static class RetryIncidentEndpoint
{
    public static RouteHandlerBuilder Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/incidents/{incidentId:guid}/retry", HandleAsync);

    private static async Task<Results<Ok<EngagementState>, ProblemHttpResult>> HandleAsync(
        Guid id, Guid incidentId, ClaimsPrincipal user, WorkflowEngine engine, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.Incidents.AnyAsync(i => i.Id == incidentId && i.EngagementId == id, cancellationToken))
                return Problems.NotFound($"engagement {id} has no incident {incidentId}");
        }
        var retried = await engine.RetryIncidentAsync(incidentId, user.ToActor(), cancellationToken);
        return retried.Succeeded
            ? TypedResults.Ok(await EngagementStates.ReadAsync(contexts, id, cancellationToken))
            : Problems.From(retried.Error!);
    }
}
