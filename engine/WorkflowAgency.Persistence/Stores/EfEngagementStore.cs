using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Persistence.Stores;

/// <summary><see cref="IEngagementStore"/> over EF Core: a short-lived pooled context per call, untracked reads.</summary>
internal sealed class EfEngagementStore(IDbContextFactory<WorkflowDbContext> contexts, IDatabaseProvider provider)
    : IEngagementStore
{
    // The engine's hot path: compiled once, these skip EF's per-call query-cache look-up.
    private static readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<Engagement?>> EngagementById =
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id, CancellationToken _) =>
            db.Engagements.AsNoTracking().FirstOrDefault(e => e.Id == id));

    private static readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<WorkTask?>> TaskById =
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id, CancellationToken _) =>
            db.Tasks.AsNoTracking().FirstOrDefault(t => t.Id == id));

    private static readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<Wait?>> WaitById =
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id, CancellationToken _) =>
            db.Waits.AsNoTracking().FirstOrDefault(w => w.Id == id));

    private static readonly Func<WorkflowDbContext, Guid, IAsyncEnumerable<Wait>> WaitsOfEngagement =
        EF.CompileAsyncQuery<WorkflowDbContext, Guid, Wait>((db, engagementId) =>
            db.Waits.AsNoTracking()
                .Where(w => w.EngagementId == engagementId)
                .OrderBy(w => w.CreatedAt)
                .ThenBy(w => w.Id));

    private static readonly Func<WorkflowDbContext, DateTime, int, IAsyncEnumerable<Wait>> DueWaits =
        EF.CompileAsyncQuery<WorkflowDbContext, DateTime, int, Wait>((db, now, limit) =>
            db.Waits.AsNoTracking()
                .Where(w => w.DueAt <= now)
                .OrderBy(w => w.DueAt)
                .ThenBy(w => w.Id)
                .Take(limit));

    public async Task<Engagement?> FindEngagementAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await EngagementById(db, id, cancellationToken);
    }

    public async Task<WorkTask?> FindTaskAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await TaskById(db, id, cancellationToken);
    }

    public async Task<Wait?> FindWaitAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await WaitById(db, id, cancellationToken);
    }

    public async Task<IReadOnlyList<Wait>> FindWaitsAsync(Guid engagementId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ToListAsync(WaitsOfEngagement(db, engagementId), cancellationToken);
    }

    public async Task<Incident?> FindIncidentAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<Wait>> FindDueWaitsAsync(DateTime now, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ToListAsync(DueWaits(db, now, limit), cancellationToken);
    }

    public async Task<CommitResult> CommitAsync(EngagementCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var writer = new EngagementCommitWriter(db, commit);
        writer.Stage();

        // On SQLite this is BEGIN IMMEDIATE: the write lock is taken up front, so concurrent committers queue
        // on the busy timeout instead of failing to upgrade a read lock halfway through.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The revision-checked writes and the inserts go first, so a conflict is found before the set-based
        // statements run; disposing the transaction without committing rolls everything back.
        if (!await TrySaveAsync(db, cancellationToken))
        {
            writer.Undo();
            return CommitResult.Conflict;
        }

        await writer.WithdrawCancelledTasksAsync(cancellationToken);
        await writer.RemoveWaitsAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommitResult.Committed;
    }

    public async Task<CommitResult> CommitTaskAsync(
        WorkTask task,
        int expectedRevision,
        JournalEntry entry,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(entry);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var readRevision = task.Revision;
        EngagementCommitWriter.StageTaskUpdate(db, task, expectedRevision);
        db.Journal.Add(entry);

        // One SaveChanges runs both statements in its own transaction.
        if (await TrySaveAsync(db, cancellationToken))
        {
            return CommitResult.Committed;
        }

        task.Revision = readRevision;
        return CommitResult.Conflict;
    }

    private async Task<bool> TrySaveAsync(WorkflowDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        catch (DbUpdateException exception) when (provider.IsUniqueViolation(exception))
        {
            // Only a concurrent writer makes a well-formed commit collide on a key (e.g. a start retried).
            return false;
        }
    }

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
