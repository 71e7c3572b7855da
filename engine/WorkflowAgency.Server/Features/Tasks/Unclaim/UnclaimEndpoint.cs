using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Tasks.Unclaim;

/// <summary><c>POST /api/tasks/{id}/unclaim</c>: gives a claimed task back to its group.</summary>
internal static class UnclaimEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/unclaim", HandleAsync);

    private static async Task<Results<Ok<TaskSummary>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal user, WorkflowEngine engine, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken) =>
        await TaskCommands.RespondAsync(await engine.ReleaseTaskAsync(id, user.ToActor(), cancellationToken), id, contexts, cancellationToken);
}
