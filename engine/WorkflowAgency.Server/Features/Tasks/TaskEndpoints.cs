using WorkflowAgency.Server.Features.Tasks.Claim;
using WorkflowAgency.Server.Features.Tasks.Comment;
using WorkflowAgency.Server.Features.Tasks.Complete;
using WorkflowAgency.Server.Features.Tasks.Get;
using WorkflowAgency.Server.Features.Tasks.Inbox;
using WorkflowAgency.Server.Features.Tasks.Reassign;
using WorkflowAgency.Server.Features.Tasks.Unclaim;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Tasks;

/// <summary>
/// <c>/api/tasks</c>: the inbox and what people do with a task. Any member of staff may call these; whether
/// a given task is theirs to work on is the engine's decision (403 when it is not).
/// </summary>
internal static class TaskEndpoints
{
    public static IEndpointRouteBuilder MapTasks(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(Policies.Staff);
        InboxEndpoint.Map(group);
        GetTaskEndpoint.Map(group);
        ClaimEndpoint.Map(group);
        UnclaimEndpoint.Map(group);
        ReassignEndpoint.Map(group);
        CompleteEndpoint.Map(group);
        CommentEndpoint.Map(group);
        return routes;
    }
}
