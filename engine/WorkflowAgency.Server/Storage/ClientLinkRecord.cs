namespace WorkflowAgency.Server.Storage;

/// <summary>
/// What a client link was for and how it was answered. The engine removes a wait once answered, so without
/// this an answered link could only say "gone"; with it, the client sees the answer they gave.
/// </summary>
internal sealed class ClientLinkRecord
{
    public Guid WaitId { get; set; }

    public Guid EngagementId { get; set; }

    public required string Stage { get; set; }

    public required string StepId { get; set; }

    public required string Purpose { get; set; }

    public DateTime WaitCreatedAt { get; set; }

    public DateTime FirstSeenAt { get; set; }

    public string? Response { get; set; }

    /// <summary>The answer's form data as JSON text.</summary>
    public string? Data { get; set; }

    public DateTime? AnsweredAt { get; set; }
}
