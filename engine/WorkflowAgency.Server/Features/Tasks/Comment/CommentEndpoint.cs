using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Storage;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Tasks.Comment;

/// <summary><c>POST /api/tasks/{id}/comments</c>: a note for colleagues on the task; open or closed tasks alike.</summary>
internal static class CommentEndpoint
{
    public const int MaxLength = 4000;

    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/comments", HandleAsync);

    private static async Task<Results<Created<CommentView>, ProblemHttpResult>> HandleAsync(
        Guid id, CommentRequest request, ClaimsPrincipal user, IDbContextFactory<WorkflowDbContext> contexts,
        IDbContextFactory<ServerDbContext> serverContexts, TimeProvider time, CancellationToken cancellationToken)
    {
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
            return Problems.Invalid("text", $"Write 1 to {MaxLength} characters");

        Guid engagementId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var task = await db.Tasks.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.EngagementId }).SingleOrDefaultAsync(cancellationToken);
            if (task is null)
                return Problems.NotFound($"task {id} does not exist");
            engagementId = task.EngagementId;
        }

        var comment = new TaskComment { TaskId = id, EngagementId = engagementId, Author = user.UserName(), Text = text, CreatedAt = time.GetUtcNow().UtcDateTime };
        await using (var db = await serverContexts.CreateDbContextAsync(cancellationToken))
        {
            db.TaskComments.Add(comment);
            await db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.Created($"/api/tasks/{id}/comments/{comment.Id}", CommentView.From(comment));
    }
}
