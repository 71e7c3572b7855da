using WorkflowAgency.Server.Features.Payments.ListInvoices;
using WorkflowAgency.Server.Features.Payments.RecordInvoice;
using WorkflowAgency.Server.Features.Payments.RecordPayment;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Payments;

/// <summary>
/// Invoices and payments: account staff, managers and admins (cookie + CSRF) or an integration's API token
/// (accounting). A payment that settles an engagement's invoices signals <c>payment_received</c> to its process.
/// </summary>
internal static class PaymentEndpoints
{
    public static IEndpointRouteBuilder MapPayments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Payments").RequireAuthorization(Policies.Payments);
        RecordInvoiceEndpoint.Map(group);
        ListInvoicesEndpoint.Map(group);
        RecordPaymentEndpoint.Map(group);
        return routes;
    }
}
