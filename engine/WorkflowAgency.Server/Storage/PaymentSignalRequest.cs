namespace WorkflowAgency.Server.Storage;

/// <summary>
/// An outbox row for the engine: "this engagement's invoices may be settled, tell its process". Written in the
/// same transaction as the payment, cleared once the signal is delivered (or not needed), so a crash between the
/// payment and the signal loses nothing: the worker finds the row and tries again.
/// </summary>
internal sealed class PaymentSignalRequest
{
    public Guid EngagementId { get; set; }

    public DateTime RequestedAt { get; set; }

    /// <summary>When the request was settled; null while pending.</summary>
    public DateTime? ClosedAt { get; set; }

    /// <summary>How it was settled: <c>delivered</c>, <c>already-delivered</c>, <c>not-needed</c>.</summary>
    public string? Result { get; set; }
}
