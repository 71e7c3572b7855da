using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Features.Payments;

/// <summary>
/// Records invoices and payments, the one way in for the API and the demo history alike. A payment that clears
/// an invoice also writes a <see cref="PaymentSignalRequest"/> in the same transaction; <see cref="PaymentSignals"/>
/// then tells the engagement's process, now or (after a crash) from the worker.
/// </summary>
internal sealed class PaymentLedger(
    IDbContextFactory<ServerDbContext> serverContexts, IDbContextFactory<WorkflowDbContext> engineContexts, PaymentSignals signals, TimeProvider time)
{
    public const int MaxNumberLength = 50;

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<EngineResult<InvoiceView>> RecordInvoiceAsync(Guid engagementId, NewInvoice request, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var engagement = await FindEngagementAsync(engagementId, cancellationToken);
        if (engagement is null)
            return EngineError.NotFound($"engagement {engagementId} does not exist");

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var number = request.Number?.Trim();
        if (string.IsNullOrEmpty(number))
            errors["number"] = ["required"];
        else if (number.Length > MaxNumberLength)
            errors["number"] = [$"at most {MaxNumberLength} characters"];
        MoneyRules.Amount(request.Amount, "amount", errors);
        var currency = (request.Currency ?? engagement.Variables["currency"]?.ToString() ?? "EUR").Trim().ToUpperInvariant();
        if (!MoneyRules.IsCurrency(currency))
            errors["currency"] = [$"'{request.Currency}' is not a three-letter currency code such as EUR"];
        var issuedOn = MoneyRules.Date(request.IssuedOn, "issuedOn", required: false, errors) ?? Today;
        var dueOn = MoneyRules.Date(request.DueOn, "dueOn", required: true, errors);
        if (dueOn is { } due && due < issuedOn)
            errors["dueOn"] = [$"must not be before the issue date {issuedOn:yyyy-MM-dd}"];

        await using var db = await serverContexts.CreateDbContextAsync(cancellationToken);
        if (number is not null && !errors.ContainsKey("number") && await db.Invoices.AnyAsync(i => i.Number == number, cancellationToken))
            errors["number"] = [$"invoice {number} already exists"];
        if (errors.Count > 0)
            return EngineError.Invalid("The invoice has errors", errors);

        var invoice = new Invoice
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            EngagementId = engagementId,
            Number = number!,
            Amount = request.Amount!.Value,
            Currency = currency,
            IssuedOn = issuedOn,
            DueOn = dueOn!.Value,
            CreatedBy = by,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Invoices.Add(invoice);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone recorded the same number between the check and the insert: the unique index said no.
            if (!await NumberTakenAsync(invoice.Number, cancellationToken))
                throw;
            return EngineError.Invalid("The invoice has errors", new Dictionary<string, string[]> { ["number"] = [$"invoice {invoice.Number} already exists"] });
        }
        return EngineResult<InvoiceView>.Success(InvoiceView.From(invoice, [], Today));
    }

    public async Task<EngineResult<IReadOnlyList<InvoiceView>>> ListAsync(Guid engagementId, CancellationToken cancellationToken)
    {
        if (await FindEngagementAsync(engagementId, cancellationToken) is null)
            return EngineError.NotFound($"engagement {engagementId} does not exist");
        await using var db = await serverContexts.CreateDbContextAsync(cancellationToken);
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.EngagementId == engagementId).ToListAsync(cancellationToken);
        var payments = await db.Payments.AsNoTracking().Where(p => p.EngagementId == engagementId).ToListAsync(cancellationToken);
        var today = Today;
        return EngineResult<IReadOnlyList<InvoiceView>>.Success(invoices
            .OrderBy(i => i.IssuedOn).ThenBy(i => i.Number, StringComparer.Ordinal)
            .Select(i => InvoiceView.From(i, payments.Where(p => p.InvoiceId == i.Id), today))
            .ToList());
    }

    public async Task<EngineResult<PaymentRecorded>> RecordPaymentAsync(Guid invoiceId, NewPayment request, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await serverContexts.CreateDbContextAsync(cancellationToken);
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
        if (invoice is null)
            return EngineError.NotFound($"invoice {invoiceId} does not exist");

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        MoneyRules.Amount(request.Amount, "amount", errors);
        var receivedOn = MoneyRules.Date(request.ReceivedOn, "receivedOn", required: true, errors);
        if (receivedOn > Today)
            errors["receivedOn"] = [$"must not be in the future (today is {Today:yyyy-MM-dd})"];
        if (!errors.ContainsKey("amount") && request.Amount > invoice.Outstanding)
        {
            errors["amount"] = [invoice.Outstanding == 0
                ? $"invoice {invoice.Number} is already paid in full"
                : $"only {invoice.Outstanding:0.00} {invoice.Currency} is outstanding on invoice {invoice.Number}"];
        }
        if (errors.Count > 0)
            return EngineError.Invalid("The payment has errors", errors);

        var now = time.GetUtcNow().UtcDateTime;
        var payment = new Payment
        {
            InvoiceId = invoice.Id,
            EngagementId = invoice.EngagementId,
            Amount = request.Amount!.Value,
            ReceivedOn = receivedOn!.Value,
            RecordedBy = by,
            RecordedAt = now,
        };
        db.Payments.Add(payment);
        invoice.Paid += payment.Amount;
        invoice.Version++;
        var settled = invoice.Outstanding == 0;
        if (settled)
        {
            var latest = await db.Payments.Where(p => p.InvoiceId == invoice.Id).Select(p => p.ReceivedOn).ToListAsync(cancellationToken);
            invoice.PaidOn = latest.Append(payment.ReceivedOn).Max();
            await RequestSignalAsync(db, invoice.EngagementId, now, cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EngineError.Conflict($"invoice {invoice.Number} was paid by someone else at the same time; nothing was saved, reload and try again");
        }

        var signal = settled ? await signals.DeliverAsync(invoice.EngagementId, cancellationToken) : null;
        var payments = await db.Payments.AsNoTracking().Where(p => p.InvoiceId == invoice.Id).ToListAsync(cancellationToken);
        return EngineResult<PaymentRecorded>.Success(new PaymentRecorded(InvoiceView.From(invoice, payments, Today), PaymentView.From(payment), signal));
    }

    private static async Task RequestSignalAsync(ServerDbContext db, Guid engagementId, DateTime now, CancellationToken cancellationToken)
    {
        var request = await db.PaymentSignals.SingleOrDefaultAsync(s => s.EngagementId == engagementId, cancellationToken);
        if (request is null)
            db.PaymentSignals.Add(request = new PaymentSignalRequest { EngagementId = engagementId });
        request.RequestedAt = now;
        request.ClosedAt = null;
        request.Result = null;
    }

    private async Task<Engagement?> FindEngagementAsync(Guid engagementId, CancellationToken cancellationToken)
    {
        await using var db = await engineContexts.CreateDbContextAsync(cancellationToken);
        return await db.Engagements.AsNoTracking().SingleOrDefaultAsync(e => e.Id == engagementId, cancellationToken);
    }

    private async Task<bool> NumberTakenAsync(string number, CancellationToken cancellationToken)
    {
        await using var db = await serverContexts.CreateDbContextAsync(cancellationToken);
        return await db.Invoices.AnyAsync(i => i.Number == number, cancellationToken);
    }
}
