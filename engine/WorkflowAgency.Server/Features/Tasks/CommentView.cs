using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Features.Tasks;

internal sealed record CommentView(long Id, string Author, string Text, DateTime CreatedAt)
{
    public static CommentView From(TaskComment comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return new(comment.Id, comment.Author, comment.Text, comment.CreatedAt);
    }
}
