using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Engagements.Signal;

/// <summary>
/// <c>POST /api/engagements/{id}/signals/{signal}</c>: news from outside the agency's people, such as accounting
/// reporting <c>payment_received</c>. 404 when the engagement is not waiting for that signal.
/// </summary>
internal static class SignalEndpoint
{
    public static RouteHandlerBuilder Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/signals/{signal}", HandleAsync);

    private static async Task<Results<Ok<SignalResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, string signal, SignalRequest? request, ClaimsPrincipal user, WorkflowEngine engine, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        var delivered = await engine.SignalAsync(id, signal, request?.Data, user.ToActor(), cancellationToken);
        return delivered.Succeeded
            ? TypedResults.Ok(new SignalResponse(delivered.Value, await EngagementStates.ReadAsync(contexts, id, cancellationToken)))
            : Problems.From(delivered.Error!);
    }
}
