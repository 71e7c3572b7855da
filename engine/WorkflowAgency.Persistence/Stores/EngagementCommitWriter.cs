using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Persistence.Stores;

/// <summary>Turns one <see cref="EngagementCommit"/> into the statements of its transaction.</summary>
/// <remarks>
/// Rows are attached with explicit states rather than loaded and compared: the caller already holds every
/// value, so reading rows back would only add round-trips. Revision checks ride on the UPDATE statements'
/// WHERE clauses (EF concurrency tokens), so a stale revision shows as zero rows affected.
/// </remarks>
internal sealed class EngagementCommitWriter(WorkflowDbContext db, EngagementCommit commit)
{
    private readonly List<(WorkTask Task, int Revision)> _readRevisions = [];

    /// <summary>Stages the rows SaveChanges writes: the engagement, task updates, inserts and incident updates.</summary>
    public void Stage()
    {
        // States are set explicitly, so scanning every entry (and its JSON snapshots) for changes is waste;
        // savepoints are too, as any failure rolls the whole transaction back.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Database.AutoSavepointsEnabled = false;

        var engagement = db.Entry(commit.Engagement);
        if (commit.IsNew)
        {
            engagement.State = EntityState.Added;
        }
        else
        {
            // The engine moves the revision before committing; written unmoved, the next reader could not
            // tell this change happened and the optimistic check would be lost for good.
            if (commit.Engagement.Revision <= commit.ExpectedRevision)
            {
                throw new InvalidOperationException(
                    $"Engagement {commit.Engagement.Id}: Revision {commit.Engagement.Revision} must be past ExpectedRevision {commit.ExpectedRevision}.");
            }

            engagement.State = EntityState.Modified;
            engagement.Property(e => e.Revision).OriginalValue = commit.ExpectedRevision;
        }

        foreach (var task in commit.UpdatedTasks)
        {
            if (!commit.TaskRevisions.TryGetValue(task.Id, out var expected))
            {
                throw new InvalidOperationException($"The commit updates task {task.Id} but has no TaskRevisions entry for it.");
            }

            _readRevisions.Add((task, task.Revision));
            StageTaskUpdate(db, task, expected);
        }

        foreach (var incident in commit.UpdatedIncidents)
        {
            db.Entry(incident).State = EntityState.Modified;
        }

        db.Tasks.AddRange(commit.AddedTasks);
        db.Waits.AddRange(commit.AddedWaits);
        db.Journal.AddRange(commit.Journal);
        db.Incidents.AddRange(commit.AddedIncidents);
        db.Outbox.AddRange(commit.Outbox);
        db.Documents.AddRange(commit.Documents);
    }

    /// <summary>Stages an update of <paramref name="task"/> that only applies while the row has <paramref name="expectedRevision"/>, and bumps its revision.</summary>
    public static void StageTaskUpdate(WorkflowDbContext db, WorkTask task, int expectedRevision)
    {
        var entry = db.Entry(task);
        entry.State = EntityState.Modified;
        var revision = entry.Property(t => t.Revision);
        revision.OriginalValue = expectedRevision;
        revision.CurrentValue = expectedRevision + 1;
    }

    /// <summary>Withdraws the cancelled tasks that are still open; one statement, run after the checked writes.</summary>
    /// <remarks>
    /// Conditional on Open, so a task completed by this very commit (or earlier) keeps its outcome. The
    /// revision moves so that a claim made on the old revision conflicts.
    /// </remarks>
    public async Task WithdrawCancelledTasksAsync(CancellationToken cancellationToken)
    {
        if (commit.CancelledTaskIds.Count == 0)
        {
            return;
        }

        var ids = commit.CancelledTaskIds;
        await db.Tasks
            .Where(t => ids.Contains(t.Id) && t.Status == WorkTaskStatus.Open)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(t => t.Status, WorkTaskStatus.Cancelled)
                    .SetProperty(t => t.Revision, t => t.Revision + 1),
                cancellationToken);
    }

    /// <summary>Deletes the waits this transition consumed; one statement.</summary>
    public async Task RemoveWaitsAsync(CancellationToken cancellationToken)
    {
        if (commit.RemovedWaitIds.Count == 0)
        {
            return;
        }

        var ids = commit.RemovedWaitIds;
        await db.Waits.Where(w => ids.Contains(w.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Puts back the task revisions <see cref="Stage"/> moved, after a conflict wrote nothing.</summary>
    public void Undo()
    {
        foreach (var (task, revision) in _readRevisions)
        {
            task.Revision = revision;
        }
    }
}
