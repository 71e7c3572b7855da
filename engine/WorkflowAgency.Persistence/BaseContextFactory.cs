using Microsoft.EntityFrameworkCore;

namespace WorkflowAgency.Persistence;

/// <summary>Hands out an engine's own context type (see <see cref="WorkflowDbContext"/>) as the <see cref="WorkflowDbContext"/> everyone asks for.</summary>
internal sealed class BaseContextFactory<TContext>(IDbContextFactory<TContext> contexts) : IDbContextFactory<WorkflowDbContext>
    where TContext : WorkflowDbContext
{
    public WorkflowDbContext CreateDbContext() => contexts.CreateDbContext();

    public async Task<WorkflowDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await contexts.CreateDbContextAsync(cancellationToken);
}
