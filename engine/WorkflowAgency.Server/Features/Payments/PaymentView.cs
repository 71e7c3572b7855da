using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Features.Payments;

internal sealed record PaymentView(long Id, Guid InvoiceId, decimal Amount, DateOnly ReceivedOn, string RecordedBy, DateTime RecordedAt)
{
    public static PaymentView From(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return new PaymentView(payment.Id, payment.InvoiceId, payment.Amount, payment.ReceivedOn, payment.RecordedBy, payment.RecordedAt);
    }
}
