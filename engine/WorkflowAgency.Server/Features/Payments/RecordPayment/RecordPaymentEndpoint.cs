using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowAgency.Server.Http;
using WorkflowAgency.Server.Security;

namespace WorkflowAgency.Server.Features.Payments.RecordPayment;

/// <summary>
/// <c>POST /api/invoices/{id}/payments {amount, receivedOn}</c>: money received. More than is outstanding is refused;
/// when it settles the engagement's invoices, the process is signalled <c>payment_received</c>.
/// </summary>
internal static class RecordPaymentEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/invoices/{id:guid}/payments", HandleAsync);

    private static async Task<Results<Created<PaymentRecorded>, ProblemHttpResult>> HandleAsync(
        Guid id, NewPayment request, ClaimsPrincipal user, PaymentLedger ledger, CancellationToken cancellationToken)
    {
        var recorded = await ledger.RecordPaymentAsync(id, request, user.UserName(), cancellationToken);
        return recorded.Succeeded
            ? TypedResults.Created($"/api/invoices/{id}/payments/{recorded.Value!.Payment.Id}", recorded.Value)
            : Problems.From(recorded.Error!);
    }
}
