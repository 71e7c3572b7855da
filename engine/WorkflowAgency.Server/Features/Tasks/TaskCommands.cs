using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Features.Tasks;

/// <summary>Answers a task command with the task as it is now, or the engine's reason for refusing.</summary>
internal static class TaskCommands
{
    public static async Task<Results<Ok<TaskSummary>, ProblemHttpResult>> RespondAsync(
        EngineResult<bool> result, Guid taskId, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
            return Problems.From(result.Error!);
        return TypedResults.Ok((await TaskReader.FindAsync(contexts, taskId, cancellationToken))!);
    }
}
