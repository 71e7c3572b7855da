using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Features.Payments;

/// <summary>
/// Delivers <c>payment_received</c> to an engagement whose invoices are settled: every invoice paid in full, and
/// among them the one the payment stage raised (the <c>invoice_number</c> variable, when the process sets it).
/// Works from <see cref="PaymentSignalRequest"/> rows, so it is safe to run again after a crash: a signal the
/// engine already took shows in its journal and is not sent twice.
/// </summary>
internal sealed class PaymentSignals(
    IDbContextFactory<ServerDbContext> serverContexts, IDbContextFactory<WorkflowDbContext> engineContexts, WorkflowEngine engine, TimeProvider time)
{
    public const string Signal = "payment_received";

    /// <summary>The shipped process's stage that waits for the signal; leaving it without the signal ends the request.</summary>
    public const string Stage = "payment";

    public const string Delivered = "delivered";
    public const string AlreadyDelivered = "already-delivered";
    public const string NotNeeded = "not-needed";
    public const string Pending = "pending";

    /// <summary>Tries every pending request; returns how many were settled.</summary>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        List<Guid> pending;
        await using (var db = await serverContexts.CreateDbContextAsync(cancellationToken))
            pending = await db.PaymentSignals.Where(s => s.ClosedAt == null).Select(s => s.EngagementId).ToListAsync(cancellationToken);
        var closed = 0;
        foreach (var engagementId in pending)
        {
            if (await DeliverAsync(engagementId, cancellationToken) != Pending)
                closed++;
        }
        return closed;
    }

    /// <summary>Tries the engagement's pending request: <see cref="Delivered"/>, <see cref="AlreadyDelivered"/>, <see cref="NotNeeded"/> or <see cref="Pending"/>.</summary>
    public async Task<string?> DeliverAsync(Guid engagementId, CancellationToken cancellationToken)
    {
        await using var db = await serverContexts.CreateDbContextAsync(cancellationToken);
        var request = await db.PaymentSignals.SingleOrDefaultAsync(s => s.EngagementId == engagementId, cancellationToken);
        if (request is null)
            return null;
        if (request.ClosedAt is not null)
            return request.Result;

        var result = await TryAsync(db, request, cancellationToken);
        if (result == Pending)
            return Pending;
        request.ClosedAt = time.GetUtcNow().UtcDateTime;
        request.Result = result;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another payment re-opened the request meanwhile; it is tried again with that one.
            return Pending;
        }
        return result;
    }

    private async Task<string> TryAsync(ServerDbContext db, PaymentSignalRequest request, CancellationToken cancellationToken)
    {
        Engagement? engagement;
        List<JournalEntry> journal;
        await using (var engineDb = await engineContexts.CreateDbContextAsync(cancellationToken))
        {
            engagement = await engineDb.Engagements.AsNoTracking().SingleOrDefaultAsync(e => e.Id == request.EngagementId, cancellationToken);
            journal = await engineDb.Journal.AsNoTracking()
                .Where(j => j.EngagementId == request.EngagementId && j.At >= request.RequestedAt
                    && ((j.Kind == JournalEntryKind.SignalReceived && j.Outcome == Signal) || (j.Kind == JournalEntryKind.StageExited && j.Stage == Stage)))
                .ToListAsync(cancellationToken);
        }
        if (engagement is null)
            return NotNeeded;
        if (journal.Any(j => j.Kind == JournalEntryKind.SignalReceived))
            return AlreadyDelivered;
        if (engagement.Status is EngagementStatus.Completed or EngagementStatus.Cancelled || journal.Count > 0)
            return NotNeeded;

        var invoices = await db.Invoices.AsNoTracking().Where(i => i.EngagementId == request.EngagementId).ToListAsync(cancellationToken);
        var raised = engagement.Variables["invoice_number"]?.ToString();
        var settled = invoices.Count > 0 && invoices.All(i => i.Outstanding == 0)
            && (string.IsNullOrWhiteSpace(raised) || invoices.Any(i => i.Number == raised.Trim()));
        if (!settled)
            return Pending;

        var data = new JsonObject
        {
            ["amount"] = invoices.Sum(i => i.Paid),
            ["date"] = invoices.Max(i => i.PaidOn)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["invoices"] = new JsonArray([.. invoices.OrderBy(i => i.IssuedOn).Select(i => (JsonNode)i.Number)]),
        };
        var delivered = await engine.SignalAsync(request.EngagementId, Signal, data, Actor.System, cancellationToken);
        // Not waiting (yet): e.g. the invoice was paid before the payment stage reached its wait, or staff are
        // chasing it by hand. The request stays open until the process waits, leaves the stage, or finishes.
        return delivered.Succeeded ? Delivered : Pending;
    }
}
