using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Features.Payments;
using WorkflowAgency.Server.Storage;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Payments;

public sealed class PaymentApiTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task an_invoice_with_errors_is_refused_naming_every_field()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync();

        var empty = await (await account1.PostAsJsonAsync($"/api/engagements/{id}/invoices", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        empty["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["number", "amount", "dueOn"], ignoreOrder: true);

        var wrong = await (await account1.PostAsJsonAsync($"/api/engagements/{id}/invoices",
            new { number = "INV-1", amount = -5, currency = "euro", issuedOn = "2026-03-10", dueOn = "2026-03-01" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        wrong["errors"]!["amount"]![0]!.GetValue<string>().ShouldBe("must be more than 0");
        wrong["errors"]!["currency"]![0]!.GetValue<string>().ShouldContain("three-letter");
        wrong["errors"]!["dueOn"]![0]!.GetValue<string>().ShouldBe("must not be before the issue date 2026-03-10");

        var badDate = await (await account1.PostAsJsonAsync($"/api/engagements/{id}/invoices", new { number = "INV-1", amount = 10.005, dueOn = "31/03/2026" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        badDate["errors"]!["dueOn"]![0]!.GetValue<string>().ShouldBe("'31/03/2026' is not a date (YYYY-MM-DD)");
        badDate["errors"]!["amount"]![0]!.GetValue<string>().ShouldBe("at most 2 decimal places");

        (await (await account1.GetAsync($"/api/engagements/{id}/invoices")).Content.ReadFromJsonAsync<JsonArray>())!.ShouldBeEmpty();
    }

    [Fact]
    public async Task invoices_and_payments_for_unknown_engagements_or_invoices_are_404()
    {
        var account1 = await server.SignedInAsync("account1");
        await (await account1.PostAsJsonAsync($"/api/engagements/{Guid.NewGuid()}/invoices", new { number = "X-1", amount = 10, dueOn = "2026-04-01" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await account1.GetAsync($"/api/engagements/{Guid.NewGuid()}/invoices")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await account1.PostAsJsonAsync($"/api/invoices/{Guid.NewGuid()}/payments", new { amount = 10, receivedOn = "2026-03-01" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task overpayment_negative_amounts_future_dates_and_duplicate_numbers_are_refused_and_change_nothing()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync();
        var invoice = await (await account1.PostAsJsonAsync($"/api/engagements/{id}/invoices", new { number = "DUP-1", amount = 1000, dueOn = "2026-04-01" })).ShouldBeOkAsync(HttpStatusCode.Created);
        invoice["currency"]!.GetValue<string>().ShouldBe("EUR");
        invoice["issuedOn"]!.GetValue<string>().ShouldBe("2026-03-02");
        var invoiceId = invoice["id"]!.GetValue<string>();

        var duplicate = await (await account1.PostAsJsonAsync($"/api/engagements/{id}/invoices", new { number = "DUP-1", amount = 5, dueOn = "2026-04-01" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        duplicate["errors"]!["number"]![0]!.GetValue<string>().ShouldBe("invoice DUP-1 already exists");

        (await account1.PostAsJsonAsync($"/api/invoices/{invoiceId}/payments", new { amount = 600, receivedOn = "2026-03-01" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var over = await (await account1.PostAsJsonAsync($"/api/invoices/{invoiceId}/payments", new { amount = 400.01, receivedOn = "2026-03-02" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        over["errors"]!["amount"]![0]!.GetValue<string>().ShouldBe("only 400.00 EUR is outstanding on invoice DUP-1");
        var negative = await (await account1.PostAsJsonAsync($"/api/invoices/{invoiceId}/payments", new { amount = -1, receivedOn = "2026-03-02" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        negative["errors"]!["amount"]![0]!.GetValue<string>().ShouldBe("must be more than 0");
        var future = await (await account1.PostAsJsonAsync($"/api/invoices/{invoiceId}/payments", new { amount = 1, receivedOn = "2026-03-03" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        future["errors"]!["receivedOn"]![0]!.GetValue<string>().ShouldBe("must not be in the future (today is 2026-03-02)");

        var listed = (await (await account1.GetAsync($"/api/engagements/{id}/invoices")).Content.ReadFromJsonAsync<JsonArray>())!.Single()!;
        listed["paid"]!.GetValue<decimal>().ShouldBe(600);
        listed["outstanding"]!.GetValue<decimal>().ShouldBe(400);
        listed["payments"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task accounting_records_by_api_token_and_a_forged_cookie_request_is_refused()
    {
        var account1 = await server.SignedInAsync("account1");
        var id = await account1.HandoffAsync();
        var accounting = await server.WithTokenAsync("integration");
        (await accounting.PostAsJsonAsync($"/api/engagements/{id}/invoices", new { number = "TOK-1", amount = 10, dueOn = "2026-04-01" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var forged = await server.SignedInWithoutCsrfTokenAsync("account1");
        await (await forged.PostAsJsonAsync($"/api/engagements/{id}/invoices", new { number = "TOK-2", amount = 10, dueOn = "2026-04-01" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task paying_the_invoices_in_full_signals_payment_received_and_the_process_moves_to_aftercare()
    {
        var (id, number) = await PaymentStageDriver.ToPaymentWaitAsync(server);
        var account1 = await server.SignedInAsync("account1");
        var accounting = await server.WithTokenAsync("integration");
        var invoice = await (await accounting.PostAsJsonAsync($"/api/engagements/{id}/invoices",
            new { number, amount = 21000, issuedOn = "2026-03-02", dueOn = "2026-04-30" })).ShouldBeOkAsync(HttpStatusCode.Created);
        var invoiceId = invoice["id"]!.GetValue<string>();

        var part = await (await accounting.PostAsJsonAsync($"/api/invoices/{invoiceId}/payments", new { amount = 10000, receivedOn = "2026-03-02" })).ShouldBeOkAsync(HttpStatusCode.Created);
        part["signal"].ShouldBeNull();
        (await account1.StageAsync(id)).ShouldBe("payment");

        var rest = await (await accounting.PostAsJsonAsync($"/api/invoices/{invoiceId}/payments", new { amount = 11000, receivedOn = "2026-03-02" })).ShouldBeOkAsync(HttpStatusCode.Created);
        rest["signal"]!.GetValue<string>().ShouldBe("delivered");
        rest["invoice"]!["paidOn"]!.GetValue<string>().ShouldBe("2026-03-02");
        (await account1.StageAsync(id)).ShouldBe("aftercare");
        var variables = (await account1.EngagementAsync(id))["variables"]!;
        variables["payment_received"]!["amount"]!.GetValue<decimal>().ShouldBe(21000);
        variables["payment_received"]!["invoices"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe([number]);
    }

    [Fact]
    public async Task a_payment_whose_signal_was_not_sent_before_a_crash_is_signalled_once_afterwards()
    {
        var (id, number) = await PaymentStageDriver.ToPaymentWaitAsync(server);
        var account1 = await server.SignedInAsync("account1");
        var invoice = await (await account1.PostAsJsonAsync($"/api/engagements/{id}/invoices",
            new { number, amount = 21000, dueOn = "2026-04-30" })).ShouldBeOkAsync(HttpStatusCode.Created);

        // The payment's transaction committed (payment, settled invoice, signal request); the process stopped before signalling.
        var contexts = server.Services.GetRequiredService<IDbContextFactory<ServerDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var row = await db.Invoices.SingleAsync(i => i.Id == Guid.Parse(invoice["id"]!.GetValue<string>()));
            row.Paid = row.Amount;
            row.PaidOn = new DateOnly(2026, 3, 2);
            db.Payments.Add(new Payment { InvoiceId = row.Id, EngagementId = id, Amount = row.Amount, ReceivedOn = new DateOnly(2026, 3, 2), RecordedBy = "accounting" });
            db.PaymentSignals.Add(new PaymentSignalRequest { EngagementId = id, RequestedAt = server.Time.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        }
        (await account1.StageAsync(id)).ShouldBe("payment");

        // After the restart the worker's round delivers it.
        var signals = server.Services.GetRequiredService<PaymentSignals>();
        (await signals.DeliverPendingAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
        (await account1.StageAsync(id)).ShouldBe("aftercare");

        // A crash after the engine took the signal but before the request was closed: found in the journal, not sent again.
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var request = await db.PaymentSignals.SingleAsync(s => s.EngagementId == id);
            request.ClosedAt = null;
            request.Result = null;
            await db.SaveChangesAsync();
        }
        (await signals.DeliverAsync(id, CancellationToken.None)).ShouldBe(PaymentSignals.AlreadyDelivered);
        await using var engineDb = await server.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        (await engineDb.Journal.CountAsync(j => j.EngagementId == id && j.Kind == JournalEntryKind.SignalReceived)).ShouldBe(1);
    }

    [Fact]
    public async Task an_invoice_paid_before_the_process_waits_is_signalled_when_it_gets_there()
    {
        var id = await ProcessDriver.ToNegotiationAsync(server);
        var account1 = await server.SignedInAsync("account1");
        var deposit = await (await account1.PostAsJsonAsync($"/api/engagements/{id}/invoices", new { number = "DEP-" + id.ToString()[..8], amount = 500, dueOn = "2026-04-01" })).ShouldBeOkAsync(HttpStatusCode.Created);
        var paid = await (await account1.PostAsJsonAsync($"/api/invoices/{deposit["id"]}/payments", new { amount = 500, receivedOn = "2026-03-02" })).ShouldBeOkAsync(HttpStatusCode.Created);
        // Negotiation is not waiting for a payment: the request stays open rather than being lost or forced.
        paid["signal"]!.GetValue<string>().ShouldBe(PaymentSignals.Pending);
        (await account1.StageAsync(id)).ShouldBe("negotiation");
    }
}
