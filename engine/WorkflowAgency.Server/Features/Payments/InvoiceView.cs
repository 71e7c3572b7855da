using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Features.Payments;

/// <summary>An invoice with its payments and what is still owed.</summary>
internal sealed record InvoiceView(
    Guid Id, Guid EngagementId, string Number, decimal Amount, string Currency, DateOnly IssuedOn, DateOnly DueOn,
    decimal Paid, decimal Outstanding, DateOnly? PaidOn, bool Overdue, string CreatedBy, DateTime CreatedAt, IReadOnlyList<PaymentView> Payments)
{
    public static InvoiceView From(Invoice invoice, IEnumerable<Payment> payments, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return new InvoiceView(
            invoice.Id, invoice.EngagementId, invoice.Number, invoice.Amount, invoice.Currency, invoice.IssuedOn, invoice.DueOn,
            invoice.Paid, invoice.Outstanding, invoice.PaidOn, invoice.Outstanding > 0 && invoice.DueOn < today,
            invoice.CreatedBy, invoice.CreatedAt, payments.OrderBy(p => p.ReceivedOn).ThenBy(p => p.Id).Select(PaymentView.From).ToList());
    }
}
