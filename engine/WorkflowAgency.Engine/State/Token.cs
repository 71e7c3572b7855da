namespace WorkflowAgency.Engine.State;

/// <summary>One path of execution: the step it is at, and what it waits for.</summary>
public sealed class Token
{
    public Guid Id { get; set; }

    public required string StepId { get; set; }

    public TokenStatus Status { get; set; }

    /// <summary>The task this path waits on.</summary>
    public Guid? TaskId { get; set; }

    /// <summary>The timer, client or signal wait this path waits on.</summary>
    public Guid? WaitId { get; set; }

    /// <summary>When the task is due or the wait falls due; feeds <see cref="Engagement.NextDueAt"/>.</summary>
    public DateTime? DueAt { get; set; }

    /// <summary>The incident explaining why this path is <see cref="TokenStatus.Faulted"/>.</summary>
    public Guid? IncidentId { get; set; }

    /// <summary>The open parallel splits this path belongs to, innermost last.</summary>
    public List<Guid> Forks { get; set; } = [];
}
