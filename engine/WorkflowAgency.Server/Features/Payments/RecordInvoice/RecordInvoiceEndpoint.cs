using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Payments.RecordInvoice;

/// <summary>
/// <c>POST /api/engagements/{id}/invoices {number, amount, currency?, issuedOn?, dueOn}</c>: an invoice raised to
/// the client. The currency defaults to the engagement's, the issue date to today.
/// </summary>
internal static class RecordInvoiceEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/engagements/{id:guid}/invoices", HandleAsync);

    private static async Task<Results<Created<InvoiceView>, ProblemHttpResult>> HandleAsync(
        Guid id, NewInvoice request, ClaimsPrincipal user, PaymentLedger ledger, CancellationToken cancellationToken)
    {
        var recorded = await ledger.RecordInvoiceAsync(id, request, user.UserName(), cancellationToken);
        return recorded.Succeeded
            ? TypedResults.Created($"/api/engagements/{id}/invoices", recorded.Value)
            : Problems.From(recorded.Error!);
    }
}
