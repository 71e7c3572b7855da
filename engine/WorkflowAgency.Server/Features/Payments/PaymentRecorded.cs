namespace WorkflowAgency.Server.Features.Payments;

/// <summary>The invoice after the payment, and what became of the <c>payment_received</c> signal (null while invoices are outstanding).</summary>
internal sealed record PaymentRecorded(InvoiceView Invoice, PaymentView Payment, string? Signal);
