namespace WorkflowAgency.Engine.State;

/// <summary>
/// A path parked on something other than a person: a timer, a client's answer, or a named signal.
/// Durable, so a restart finds it; <see cref="DueAt"/> is indexed so the timer worker finds due ones cheaply.
/// </summary>
public sealed class Wait
{
    public Guid Id { get; set; }

    public Guid EngagementId { get; set; }

    public Guid TokenId { get; set; }

    public required string Stage { get; set; }

    public required string StepId { get; set; }

    public WaitKind Kind { get; set; }

    /// <summary>The signal name, or the purpose of a client wait (e.g. <c>proposal_response</c>).</summary>
    public string? Name { get; set; }

    /// <summary>When a timer fires, or when a client or signal wait times out; null waits for ever.</summary>
    public DateTime? DueAt { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// Until when a timer worker holds this wait while it fires it, so a worker on another node leaves it alone;
    /// null when nobody does. A lease that runs out (its node died) makes the wait claimable again. Only the
    /// store's claim sets it; the engine neither reads nor writes it.
    /// </summary>
    public DateTime? LeasedUntil { get; set; }
}
