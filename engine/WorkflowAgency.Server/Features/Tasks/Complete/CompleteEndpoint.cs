using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.Runtime;
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
        Guid id, CompleteRequest request, ClaimsPrincipal user, WorkflowEngine engine, IEngagementStore store, CancellationToken cancellationToken)
    {
        var completed = await engine.CompleteTaskAsync(id, request.Outcome, request.Data, user.ToActor(), cancellationToken);
        if (!completed.Succeeded)
            return Problems.From(completed.Error!);

        return TypedResults.Ok(await CompletionAnswer.ReadAsync(store, id, cancellationToken));
    }
}
