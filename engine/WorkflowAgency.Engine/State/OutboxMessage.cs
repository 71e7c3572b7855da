namespace WorkflowAgency.Engine.State;

/// <summary>
/// An email written in the same transaction as the transition that caused it; a worker sends it after commit.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public Guid EngagementId { get; set; }

    /// <summary>The RFC 5322 Message-Id, fixed when the row is written so a resend is recognisable.</summary>
    public required string MessageId { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string HtmlBody { get; set; }

    public required string TextBody { get; set; }

    /// <summary>The template it was rendered from.</summary>
    public string? Template { get; set; }

    /// <summary>Ids of stored documents to attach.</summary>
    public List<Guid> Attachments { get; set; } = [];

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>What the mail server answered when it accepted the message.</summary>
    public string? ServerReply { get; set; }
}
