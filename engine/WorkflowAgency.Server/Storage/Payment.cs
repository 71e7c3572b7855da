namespace WorkflowAgency.Server.Storage;

/// <summary>Money received against one invoice.</summary>
internal sealed class Payment
{
    public long Id { get; set; }

    public Guid InvoiceId { get; set; }

    public Guid EngagementId { get; set; }

    public decimal Amount { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedAt { get; set; }
}
