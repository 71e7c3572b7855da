using System.Text.Json.Nodes;

namespace WorkflowAgency.Engine.State;

/// <summary>A human task in someone's inbox.</summary>
public sealed class WorkTask
{
    public Guid Id { get; set; }

    public Guid EngagementId { get; set; }

    /// <summary>The execution path that continues when the task is completed.</summary>
    public Guid TokenId { get; set; }

    public required string Stage { get; set; }

    public required string StepId { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The person it is assigned to, when assigned to one person.</summary>
    public string? AssigneeUser { get; set; }

    /// <summary>The role or group it is offered to (account, creative, planning, production, manager…).</summary>
    public string? AssigneeGroup { get; set; }

    /// <summary>Who took a group task; only they may complete it until they release it.</summary>
    public string? ClaimedBy { get; set; }

    public WorkTaskStatus Status { get; set; }

    public TaskPriority Priority { get; set; } = TaskPriority.Normal;

    public DateTime CreatedAt { get; set; }

    public DateTime? DueAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public string? CompletedBy { get; set; }

    public string? Outcome { get; set; }

    /// <summary>The form data submitted on completion.</summary>
    public JsonObject? Data { get; set; }

    /// <summary>Optimistic concurrency token for claim, release and reassign.</summary>
    public int Revision { get; set; }
}
