using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Server.Configuration;
using WorkflowAgency.Server.Storage.PostgreSql;

namespace WorkflowAgency.Server.Storage;

/// <summary>
/// Lets one server process at a time migrate and seed the database, so nodes started together on an empty database
/// do not apply the same migration twice, publish a shipped definition twice or create a demo user twice.
/// </summary>
internal static class StartupLock
{
    /// <summary>Waits until no other process on this database holds the lock, and takes it until disposed.</summary>
    public static async Task<IAsyncDisposable> AcquireAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = services.GetRequiredService<ServerSettings>();
        if (!ServerDatabase.IsPostgreSql(settings.DatabaseProvider))
            return await SqliteStartupLock.AcquireAsync(settings.ConnectionString, cancellationToken);

        var contexts = services.GetRequiredService<IDbContextFactory<ServerDbContext>>();
        return await PostgreSqlStartupLock.AcquireAsync(settings.ConnectionString, contexts, cancellationToken);
    }
}
