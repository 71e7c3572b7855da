using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence.Rows;

namespace WorkflowAgency.Persistence.Stores;

/// <summary>
/// <see cref="IEngagementStore"/>: the engine's hot path (commits and reads by id) on the row path, plain
/// ADO.NET driven by the EF model; the occasional queries on EF Core, with a short-lived pooled context per call.
/// </summary>
/// <remarks>
/// A task completion is two reads by id and one commit; through EF each of them paid for a context, change
/// tracking and SaveChanges' command pipeline, several times what the database itself spends. The row path
/// writes the very same column values (EF's own type mappings and converters) with prepared statements.
/// </remarks>
internal sealed class EngagementStore : IEngagementStore, IDisposable
{
    /// <summary>How many row sessions wait idle by default.</summary>
    /// <remarks>
    /// Sessions are only held while statements run, so about one per core is busy at a time; a few spare
    /// absorb bursts without keeping many open connections (and their page caches) around.
    /// </remarks>
    public static readonly int DefaultIdleSessions = Math.Max(4, Environment.ProcessorCount * 2);

    // Compiled queries are per store, not static: EF refuses to run one against a model other than the one it was
    // compiled for, and one process may hold stores over SQLite and over PostgreSQL.
    private readonly Func<WorkflowDbContext, Guid, IAsyncEnumerable<Wait>> _waitsOfEngagement =
        EF.CompileAsyncQuery<WorkflowDbContext, Guid, Wait>((db, engagementId) =>
            db.Waits.AsNoTracking()
                .Where(w => w.EngagementId == engagementId)
                .OrderBy(w => w.CreatedAt)
                .ThenBy(w => w.Id));

    private readonly IDbContextFactory<WorkflowDbContext> _contexts;
    private readonly IDatabaseProvider _provider;
    private readonly RowSessionPool _sessions;
    private readonly Lazy<EngagementRows> _rows;

    public EngagementStore(
        IDbContextFactory<WorkflowDbContext> contexts, IDatabaseProvider provider, string connectionString, int idleSessions)
    {
        _contexts = contexts;
        _provider = provider;
        _sessions = new RowSessionPool(provider, connectionString, idleSessions);
        _rows = new Lazy<EngagementRows>(() =>
        {
            using var db = contexts.CreateDbContext();
            return EngagementRows.For(db);
        });
    }

    private EngagementRows Rows => _rows.Value;

    public Task<Engagement?> FindEngagementAsync(Guid id, CancellationToken cancellationToken = default) =>
        FindAsync(Rows.Engagements, id, cancellationToken);

    public Task<WorkTask?> FindTaskAsync(Guid id, CancellationToken cancellationToken = default) =>
        FindAsync(Rows.Tasks, id, cancellationToken);

    public Task<Wait?> FindWaitAsync(Guid id, CancellationToken cancellationToken = default) =>
        FindAsync(Rows.Waits, id, cancellationToken);

    public async Task<IReadOnlyList<Wait>> FindWaitsAsync(Guid engagementId, CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        return await ToListAsync(_waitsOfEngagement(db, engagementId), cancellationToken);
    }

    public async Task<Incident?> FindIncidentAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        return await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
    }

    /// <remarks>
    /// One UPDATE … RETURNING whose inner SELECT picks the batch (with <see cref="IDatabaseProvider.SkipLockedRows"/>),
    /// so the choice and the lease are one atomic step and two workers never come away with the same wait.
    /// </remarks>
    public async Task<IReadOnlyList<Wait>> ClaimDueWaitsAsync(DateTime now, DateTime leaseUntil, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0)
        {
            return [];
        }

        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var names = new QuotedNames<Wait>(db);
        var (id, dueAt, leasedUntil) = (names[nameof(Wait.Id)], names[nameof(Wait.DueAt)], names[nameof(Wait.LeasedUntil)]);
        var claimable = $"{dueAt} <= {{0}} AND ({leasedUntil} IS NULL OR {leasedUntil} <= {{0}})";
        var sql =
            $"UPDATE {names.Table} SET {leasedUntil} = {{1}} " +
            $"WHERE {id} IN (SELECT {id} FROM {names.Table} WHERE {claimable} ORDER BY {dueAt}, {id} LIMIT {{2}}{_provider.SkipLockedRows}) " +
            $"AND {claimable} RETURNING *";
        var claimed = await db.Waits.FromSqlRaw(sql, Utc(now), Utc(leaseUntil), limit).AsNoTracking().ToListAsync(cancellationToken);
        return claimed.OrderBy(w => w.DueAt).ThenBy(w => w.Id).ToList();
    }

    public async Task<CommitResult> CommitAsync(EngagementCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        EngagementCommitWriter.Validate(commit);

        var rows = Rows;
        var written = false;
        try
        {
            written = await _sessions.WriteAsync(
                (rows, commit),
                static (session, transaction, state, ct) => EngagementCommitWriter.WriteAsync(state.rows, session, transaction, state.commit, ct),
                cancellationToken);
        }
        finally
        {
            // Also when the write threw: the caller's objects must not claim what the database does not hold.
            if (written)
            {
                EngagementCommitWriter.Accept(commit);
            }
            else
            {
                EngagementCommitWriter.Undo(rows, commit);
            }
        }

        return written ? CommitResult.Committed : CommitResult.Conflict;
    }

    public async Task<CommitResult> CommitTaskAsync(
        WorkTask task,
        int expectedRevision,
        JournalEntry entry,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(entry);

        var rows = Rows;
        var written = false;
        try
        {
            written = await _sessions.WriteAsync((rows, task, expectedRevision, entry), WriteTaskAsync, cancellationToken);
        }
        finally
        {
            if (written)
            {
                task.Revision = expectedRevision + 1;
            }
            else
            {
                rows.Journal.ResetGenerated(entry);
            }
        }

        return written ? CommitResult.Committed : CommitResult.Conflict;
    }

    public void Dispose() => _sessions.Dispose();

    private static async Task<bool> WriteTaskAsync(
        RowSession session,
        DbTransaction transaction,
        (EngagementRows Rows, WorkTask Task, int Expected, JournalEntry Entry) state,
        CancellationToken cancellationToken)
    {
        if (!await session.UpdateAsync(state.Rows.Tasks, state.Task, state.Expected, state.Expected + 1, transaction, cancellationToken))
        {
            return false;
        }

        await session.InsertAsync(state.Rows.Journal, state.Entry, transaction, cancellationToken);
        return true;
    }

    private Task<T?> FindAsync<T>(RowMap<T> map, Guid id, CancellationToken cancellationToken)
        where T : class =>
        _sessions.ReadAsync(
            (map, id),
            static (session, state, ct) => session.FindAsync(state.map, state.id, ct),
            cancellationToken);

    // Raw SQL parameters skip the column's converter, and PostgreSQL's timestamptz takes only UTC-kind values.
    private static DateTime Utc(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static async Task<IReadOnlyList<T>> ToListAsync<T>(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }
}
