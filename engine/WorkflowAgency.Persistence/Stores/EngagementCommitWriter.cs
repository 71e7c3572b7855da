using System.Data.Common;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Persistence.Rows;

namespace WorkflowAgency.Persistence.Stores;

/// <summary>Turns one <see cref="EngagementCommit"/> into the statements of its transaction, on the row path.</summary>
/// <remarks>
/// Rows are written as the caller holds them rather than loaded and compared: reading them back would only add
/// round-trips. Revision checks ride on the UPDATE statements' WHERE clauses, so a stale revision shows as zero
/// rows affected, and the caller rolls the transaction back. The caller's objects only change once the
/// transaction has committed (<see cref="Accept"/>) or are put back after it did not (<see cref="Undo"/>).
/// </remarks>
internal static class EngagementCommitWriter
{
    /// <summary>Refuses a malformed commit before anything is written: these are engine bugs, not conflicts.</summary>
    public static void Validate(EngagementCommit commit)
    {
        // The engine moves the revision before committing; written unmoved, the next reader could not
        // tell this change happened and the optimistic check would be lost for good.
        if (!commit.IsNew && commit.Engagement.Revision <= commit.ExpectedRevision)
        {
            throw new InvalidOperationException(
                $"Engagement {commit.Engagement.Id}: Revision {commit.Engagement.Revision} must be past ExpectedRevision {commit.ExpectedRevision}.");
        }

        foreach (var task in commit.UpdatedTasks)
        {
            if (!commit.TaskRevisions.ContainsKey(task.Id))
            {
                throw new InvalidOperationException($"The commit updates task {task.Id} but has no TaskRevisions entry for it.");
            }
        }
    }

    /// <summary>Runs the commit's statements in <paramref name="transaction"/>; false as soon as a revision check fails.</summary>
    public static async Task<bool> WriteAsync(
        EngagementRows rows, RowSession session, DbTransaction transaction, EngagementCommit commit, CancellationToken cancellationToken)
    {
        // The revision-checked writes go first, so a conflict is found before anything else runs.
        if (commit.IsNew)
        {
            await session.InsertAsync(rows.Engagements, commit.Engagement, transaction, cancellationToken);
        }
        else if (!await session.UpdateAsync(rows.Engagements, commit.Engagement, commit.ExpectedRevision, null, transaction, cancellationToken))
        {
            return false;
        }

        foreach (var task in commit.UpdatedTasks)
        {
            var expected = commit.TaskRevisions[task.Id];
            if (!await session.UpdateAsync(rows.Tasks, task, expected, expected + 1, transaction, cancellationToken))
            {
                return false;
            }
        }

        await session.InsertAllAsync(rows.Tasks, commit.AddedTasks, transaction, cancellationToken);
        await session.InsertAllAsync(rows.Waits, commit.AddedWaits, transaction, cancellationToken);
        await session.InsertAllAsync(rows.Journal, commit.Journal, transaction, cancellationToken);
        await session.InsertAllAsync(rows.Incidents, commit.AddedIncidents, transaction, cancellationToken);
        await session.InsertAllAsync(rows.Outbox, commit.Outbox, transaction, cancellationToken);
        await session.InsertAllAsync(rows.Documents, commit.Documents, transaction, cancellationToken);

        foreach (var incident in commit.UpdatedIncidents)
        {
            if (!await session.UpdateAsync(rows.Incidents, incident, null, null, transaction, cancellationToken))
            {
                return false;
            }
        }

        // After the checked writes, so a task this very commit completed keeps its outcome.
        foreach (var taskId in commit.CancelledTaskIds)
        {
            var command = session.Command(rows.TaskWithdrawal.Statement, transaction);
            rows.TaskWithdrawal.Bind(command, taskId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var waitId in commit.RemovedWaitIds)
        {
            await session.DeleteAsync(rows.Waits, waitId, transaction, cancellationToken);
        }

        foreach (var incidentId in commit.ClosedIncidentIds)
        {
            var command = session.Command(rows.IncidentClosure.Statement, transaction);
            rows.IncidentClosure.Bind(command, incidentId, commit.Engagement.UpdatedAt);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>After the commit: the updated tasks carry their new revisions.</summary>
    public static void Accept(EngagementCommit commit)
    {
        foreach (var task in commit.UpdatedTasks)
        {
            task.Revision = commit.TaskRevisions[task.Id] + 1;
        }
    }

    /// <summary>After a rollback: journal lines lose the ids the rolled-back inserts gave them.</summary>
    public static void Undo(EngagementRows rows, EngagementCommit commit)
    {
        foreach (var entry in commit.Journal)
        {
            rows.Journal.ResetGenerated(entry);
        }
    }
}
