using System.Text.Json.Nodes;

namespace WorkflowAgency.Engine.State;

/// <summary>
/// One client engagement: a running instance of a process definition, pinned to the version it started on.
/// </summary>
/// <remarks>
/// What people filter and sort by (stage, status, client, owner, next due date) are plain columns;
/// only the variables and the execution pointers are JSON, and neither is needed to list engagements.
/// </remarks>
public sealed class Engagement
{
    public Guid Id { get; set; }

    public required string DefinitionId { get; set; }

    public int DefinitionVersion { get; set; }

    public EngagementStatus Status { get; set; }

    /// <summary>Id of the current stage; null once finished or cancelled.</summary>
    public string? Stage { get; set; }

    public DateTime? StageEnteredAt { get; set; }

    public required string ClientName { get; set; }

    public string? ClientCompany { get; set; }

    public string? ClientEmail { get; set; }

    /// <summary>User name of the account person who owns the relationship.</summary>
    public string? Owner { get; set; }

    /// <summary>The earliest due date among open tasks and timers, for "overdue" and "due soon" lists.</summary>
    public DateTime? NextDueAt { get; set; }

    /// <summary>The result the engagement finished with (e.g. <c>won</c>, <c>lost</c>), set with <see cref="EngagementStatus.Completed"/>.</summary>
    public string? Result { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    /// <summary>The engagement's data: declared variables, form answers, <c>client</c>, and anything set by steps.</summary>
    public JsonObject Variables { get; set; } = [];

    /// <summary>Where each path of execution is in the current stage.</summary>
    public ExecutionState Execution { get; set; } = new();

    /// <summary>Optimistic concurrency token: every committed change increments it.</summary>
    public int Revision { get; set; }
}
