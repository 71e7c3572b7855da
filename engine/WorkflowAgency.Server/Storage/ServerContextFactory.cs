using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Server.Storage.PostgreSql;

namespace WorkflowAgency.Server.Storage;

/// <summary>Hands out <see cref="PostgreSqlServerDbContext"/> as the <see cref="ServerDbContext"/> every feature asks for.</summary>
internal sealed class ServerContextFactory(IDbContextFactory<PostgreSqlServerDbContext> contexts) : IDbContextFactory<ServerDbContext>
{
    public ServerDbContext CreateDbContext() => contexts.CreateDbContext();

    public async Task<ServerDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await contexts.CreateDbContextAsync(cancellationToken);
}
