using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace WorkflowAgency.Persistence;

/// <summary>Applies the EF Core migrations in <c>Migrations/</c>; never <c>EnsureCreated</c>, so old databases upgrade.</summary>
internal sealed partial class DatabaseMigrator(IDbContextFactory<WorkflowDbContext> contexts, ILogger<DatabaseMigrator> logger)
    : IWorkflowDatabase
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        LogApplying(pending.Count, pending);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} database migration(s): {Migrations}")]
    private partial void LogApplying(int count, IReadOnlyList<string> migrations);
}
