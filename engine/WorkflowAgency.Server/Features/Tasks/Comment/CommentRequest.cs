namespace WorkflowAgency.Server.Features.Tasks.Comment;

internal sealed record CommentRequest(string? Text);
