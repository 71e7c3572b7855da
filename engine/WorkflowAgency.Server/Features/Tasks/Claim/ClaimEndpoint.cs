using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Tasks.Claim;

/// <summary><c>POST /api/tasks/{id}/claim</c>: takes a group task, so colleagues see it is being handled.</summary>
internal static class ClaimEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/claim", HandleAsync);

    private static async Task<Results<Ok<TaskSummary>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal user, WorkflowEngine engine, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken) =>
        await TaskCommands.RespondAsync(await engine.ClaimTaskAsync(id, user.ToActor(), cancellationToken), id, contexts, cancellationToken);
}
