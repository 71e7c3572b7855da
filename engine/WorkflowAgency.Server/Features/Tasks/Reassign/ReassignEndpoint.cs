using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Model;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Tasks.Reassign;

/// <summary>
/// <c>POST /api/tasks/{id}/reassign</c>: hands the task to someone else. The target must exist here: a typo would
/// otherwise put the task in nobody's inbox.
/// </summary>
internal static class ReassignEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/reassign", HandleAsync);

    private static async Task<Results<Ok<TaskSummary>, ProblemHttpResult>> HandleAsync(
        Guid id, ReassignRequest request, ClaimsPrincipal user, WorkflowEngine engine, UserDirectory users,
        IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        var target = Assignment.Parse(request.User);
        if (target is null)
            return Problems.Invalid("user", "Say who to give the task to: a user name or group:name");
        string assignee;
        if (target.Group is { } group)
        {
            if (!Roles.Groups.Contains(group) && !Roles.All.Contains(group))
                return Problems.Invalid("user", $"'{group}' is not a group; use one of {string.Join(", ", Roles.Groups.Concat(Roles.All))}");
            assignee = $"group:{group}";
        }
        else
        {
            var person = await users.FindAsync(target.User!, cancellationToken);
            if (person is null || person.Disabled)
                return Problems.Invalid("user", $"'{target.User}' is not a user");
            assignee = person.UserName;
        }
        return await TaskCommands.RespondAsync(await engine.ReassignTaskAsync(id, assignee, user.ToActor(), cancellationToken), id, contexts, cancellationToken);
    }
}
