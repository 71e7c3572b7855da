namespace WorkflowAgency.Server.Storage;

/// <summary>A note on a task by a member of staff; kept beside the engine's tables, not in its journal.</summary>
internal sealed class TaskComment
{
    public long Id { get; set; }

    public Guid TaskId { get; set; }

    public Guid EngagementId { get; set; }

    public required string Author { get; set; }

    public required string Text { get; set; }

    public DateTime CreatedAt { get; set; }
}
