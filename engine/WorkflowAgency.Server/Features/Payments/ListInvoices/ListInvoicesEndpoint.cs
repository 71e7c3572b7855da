using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Http;

namespace WorkflowAgency.Server.Features.Payments.ListInvoices;

/// <summary><c>GET /api/engagements/{id}/invoices</c>: the engagement's invoices with their payments, oldest first.</summary>
internal static class ListInvoicesEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/engagements/{id:guid}/invoices", HandleAsync);

    private static async Task<Results<Ok<IReadOnlyList<InvoiceView>>, ProblemHttpResult>> HandleAsync(
        Guid id, PaymentLedger ledger, CancellationToken cancellationToken)
    {
        var invoices = await ledger.ListAsync(id, cancellationToken);
        return invoices.Succeeded ? TypedResults.Ok(invoices.Value) : Problems.From(invoices.Error!);
    }
}
