using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Persistence;

namespace WorkflowAgency.Server.Features.Tasks;

/// <summary>Reads tasks with their engagement's client for responses.</summary>
internal static class TaskReader
{
    public static async Task<TaskSummary?> FindAsync(IDbContextFactory<WorkflowDbContext> contexts, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Tasks.AsNoTracking().Where(t => t.Id == id)
            .Join(db.Engagements.AsNoTracking(), t => t.EngagementId, e => e.Id, (t, e) => new { t, e })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : TaskSummary.From(row.t, row.e);
    }
}
