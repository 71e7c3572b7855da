namespace WorkflowAgency.Engine.State;

/// <summary>A step that failed: what, where and why; the engagement stays consistent and the step can be retried.</summary>
public sealed class Incident
{
    public Guid Id { get; set; }

    public Guid EngagementId { get; set; }

    public Guid TokenId { get; set; }

    public required string Stage { get; set; }

    public required string StepId { get; set; }

    public required string Message { get; set; }

    public DateTime RaisedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public string? ResolvedBy { get; set; }

    /// <summary>Set when the incident is an email the mail server refused for good; retrying sends it again.</summary>
    public Guid? OutboxMessageId { get; set; }

    /// <summary>How many times the step has failed for this incident (1 on the first failure).</summary>
    public int Attempts { get; set; } = 1;
}
