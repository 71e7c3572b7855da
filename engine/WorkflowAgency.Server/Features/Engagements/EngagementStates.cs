using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Persistence;

namespace WorkflowAgency.Server.Features.Engagements;

/// <summary>Reads an engagement's stage and status, to answer a command with where it left the engagement.</summary>
internal static class EngagementStates
{
    public static async Task<EngagementState> ReadAsync(IDbContextFactory<WorkflowDbContext> contexts, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Engagements.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new EngagementState(e.Id, e.Stage, e.Status))
            .SingleAsync(cancellationToken);
    }
}
