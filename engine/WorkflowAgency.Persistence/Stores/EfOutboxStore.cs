using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence.Configurations;

namespace WorkflowAgency.Persistence.Stores;

/// <summary><see cref="IOutboxStore"/> over EF Core: a short-lived pooled context per call.</summary>
/// <remarks>
/// Every change is a conditional UPDATE on the message's status (and, when claiming, its due time, checked by the
/// very statement that leases it), so two workers, on one node or several, can never both claim a message or both
/// record its outcome. Each
/// method that writes more than the message runs in one transaction, and writes the message first: on SQLite
/// that takes the write lock before anything is read, so a concurrent writer cannot invalidate what was read.
/// </remarks>
internal sealed class EfOutboxStore(IDbContextFactory<WorkflowDbContext> contexts, IDatabaseProvider provider) : IOutboxStore
{
    /// <remarks>
    /// One UPDATE … RETURNING whose inner SELECT picks the batch (with <see cref="IDatabaseProvider.SkipLockedRows"/>):
    /// choosing and leasing are one atomic step, so two workers claiming at once come away with different messages.
    /// </remarks>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTime now, DateTime leaseUntil, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var names = new QuotedNames<OutboxMessage>(db);
        var (id, status, next, attempts) = (names[nameof(OutboxMessage.Id)], names[nameof(OutboxMessage.Status)],
            names[nameof(OutboxMessage.NextAttemptAt)], names[nameof(OutboxMessage.Attempts)]);
        var claimable = $"{status} = {{2}} AND {next} <= {{0}}";
        var sql =
            $"UPDATE {names.Table} SET {next} = {{1}}, {attempts} = {attempts} + 1 " +
            $"WHERE {id} IN (SELECT {id} FROM {names.Table} WHERE {claimable} ORDER BY {next}, {id} LIMIT {{3}}{provider.SkipLockedRows}) " +
            $"AND {claimable} RETURNING *";
        var claimed = await db.Outbox
            .FromSqlRaw(sql, Utc(now), Utc(leaseUntil), nameof(OutboxStatus.Pending), limit)
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        // RETURNING gives no order, and every claimed row now has the same due time: oldest first by creation.
        return claimed.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToList();
    }

    public async Task<IReadOnlyList<StoredDocument>> FindDocumentsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var wanted = ids.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Documents.AsNoTracking()
            .Where(d => wanted.Contains(d.Id))
            .ToListAsync(cancellationToken);
    }

    /// <remarks>Does nothing when the message is no longer pending (another worker recorded it first).</remarks>
    public async Task MarkSentAsync(Guid messageId, DateTime sentAt, string? serverReply, CancellationToken cancellationToken = default)
    {
        // The reply is a diagnostic from someone else's server, of any length: cut it rather than fail to record a
        // message that has gone out (an unrecorded one would be sent again).
        var reply = serverReply is null ? null : TextLimits.Shorten(serverReply, ColumnLengths.HeaderLine);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await Pending(db, messageId).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.ServerReply, reply),
            cancellationToken);
        if (rows == 0)
        {
            return;
        }

        var message = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == messageId, cancellationToken);
        if (message.Attachments.Count > 0)
        {
            // The first send fixes the date: a document that went out once is the version the client has.
            var attached = message.Attachments;
            await db.Documents
                .Where(d => attached.Contains(d.Id) && d.SentAt == null)
                .ExecuteUpdateAsync(setters => setters.SetProperty(d => d.SentAt, sentAt), cancellationToken);
        }

        db.Journal.Add(Entry(message, JournalEntryKind.EmailSent, sentAt, new JsonObject
        {
            ["template"] = message.Template,
            ["to"] = message.To,
            ["messageId"] = message.MessageId,
            ["attempts"] = message.Attempts,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task MarkForRetryAsync(Guid messageId, DateTime nextAttemptAt, string error, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await Pending(db, messageId).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
                .SetProperty(m => m.LastError, error),
            cancellationToken);
    }

    /// <remarks>Does nothing, and raises no incident, when the message is no longer pending.</remarks>
    public async Task MarkFailedAsync(Guid messageId, string error, Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await Pending(db, messageId).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(m => m.Status, OutboxStatus.Failed)
                .SetProperty(m => m.LastError, error),
            cancellationToken);
        if (rows == 0)
        {
            return;
        }

        var message = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == messageId, cancellationToken);
        db.Incidents.Add(incident);
        db.Journal.Add(Entry(message, JournalEntryKind.EmailFailed, incident.RaisedAt, new JsonObject
        {
            ["template"] = message.Template,
            ["to"] = message.To,
            ["messageId"] = message.MessageId,
            ["attempts"] = message.Attempts,
            ["incident"] = incident.Id.ToString(),
            ["message"] = incident.Message,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <remarks>
    /// Does nothing when the incident was resolved meanwhile. The message keeps its <see cref="OutboxMessage.LastError"/>
    /// (what went wrong last time) and starts counting attempts afresh.
    /// </remarks>
    public async Task RequeueAsync(Incident resolved, JournalEntry entry, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(entry);
        var messageId = resolved.OutboxMessageId
            ?? throw new ArgumentException("Only an email incident can be requeued.", nameof(resolved));

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await db.Incidents
            .Where(i => i.Id == resolved.Id && i.ResolvedAt == null)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(i => i.ResolvedAt, resolved.ResolvedAt ?? now)
                    .SetProperty(i => i.ResolvedBy, resolved.ResolvedBy),
                cancellationToken);
        if (rows == 0)
        {
            return;
        }

        await db.Outbox
            .Where(m => m.Id == messageId && m.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(m => m.Status, OutboxStatus.Pending)
                    .SetProperty(m => m.NextAttemptAt, now)
                    .SetProperty(m => m.Attempts, 0),
                cancellationToken);
        db.Journal.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static IQueryable<OutboxMessage> Pending(WorkflowDbContext db, Guid messageId) =>
        db.Outbox.Where(m => m.Id == messageId && m.Status == OutboxStatus.Pending);

    private static JournalEntry Entry(OutboxMessage message, JournalEntryKind kind, DateTime at, JsonObject data) => new()
    {
        EngagementId = message.EngagementId,
        At = at,
        Kind = kind,
        // A label for the journal, not a step of the definition: a long template path is cut to fit.
        StepId = message.Template is null ? null : TextLimits.Shorten("email:" + message.Template, ColumnLengths.Key),
        Actor = "system",
        Data = data,
    };

    // Raw SQL parameters skip the column's converter, and PostgreSQL's timestamptz takes only UTC-kind values.
    private static DateTime Utc(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
