namespace WorkflowAgency.Server.Storage;

/// <summary>
/// An invoice raised to the client of an engagement. Kept in the server's tables, not the engine's variables:
/// the engine runs the process, the ledger says what was billed and paid.
/// </summary>
internal sealed class Invoice
{
    public Guid Id { get; set; }

    public Guid EngagementId { get; set; }

    /// <summary>The agency's invoice number, unique across all engagements.</summary>
    public required string Number { get; set; }

    public decimal Amount { get; set; }

    /// <summary>ISO 4217 code, upper case.</summary>
    public required string Currency { get; set; }

    public DateOnly IssuedOn { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>The sum of its payments, kept with the invoice so overpayment is checked against one row.</summary>
    public decimal Paid { get; set; }

    /// <summary>The day the last payment that completed it was received; null while anything is outstanding.</summary>
    public DateOnly? PaidOn { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Optimistic concurrency token: two payments recorded at once cannot both see the old balance.</summary>
    public int Version { get; set; }

    public decimal Outstanding => Amount - Paid;
}
