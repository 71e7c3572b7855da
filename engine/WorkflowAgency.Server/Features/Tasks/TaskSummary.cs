using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Features.Tasks;

/// <summary>A task as the inbox lists it, with the client it is for.</summary>
internal sealed record TaskSummary(
    Guid Id,
    Guid EngagementId,
    string Stage,
    string StepId,
    string Title,
    string? Description,
    string? AssigneeUser,
    string? AssigneeGroup,
    string? ClaimedBy,
    WorkTaskStatus Status,
    TaskPriority Priority,
    DateTime CreatedAt,
    DateTime? DueAt,
    DateTime? CompletedAt,
    string? CompletedBy,
    string? Outcome,
    string ClientName,
    string? ClientCompany)
{
    public static TaskSummary From(WorkTask t, Engagement e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return From(t, e.ClientName, e.ClientCompany);
    }

    /// <summary>For lists that read only the client's name and company of the engagement.</summary>
    public static TaskSummary From(WorkTask t, string clientName, string? clientCompany)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Id, t.EngagementId, t.Stage, t.StepId, t.Title, t.Description, t.AssigneeUser, t.AssigneeGroup, t.ClaimedBy,
            t.Status, t.Priority, t.CreatedAt, t.DueAt, t.CompletedAt, t.CompletedBy, t.Outcome, clientName, clientCompany);
    }
}
