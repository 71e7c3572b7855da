using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace WorkflowAgency.Server.Storage.PostgreSql;

/// <summary>
/// A session-level advisory lock on the server's database, held by one node at a time while it migrates and seeds.
/// EF Core's own migration lock was not enough (three nodes started at once on an empty database failed inside the
/// engine's migrations: <c>index "IX_Tasks_DueAt" does not exist</c>), and seeding (shipped definitions, demo users,
/// the first data-protection key) has no lock at all.
/// </summary>
internal sealed class PostgreSqlStartupLock(NpgsqlConnection session) : IAsyncDisposable
{
    // Any fixed number ("WAStartu"): advisory locks belong to one database, and nothing else here takes this one.
    private const long Key = 0x5741_5374_6172_7475;

    public static async Task<PostgreSqlStartupLock> AcquireAsync(string connectionString, IDbContextFactory<ServerDbContext> contexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        // Unpooled: the lock lives as long as the session, and closing this connection must end the session rather
        // than hand it, lock and all, back to a pool.
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        await EnsureDatabaseAsync(unpooled, contexts, cancellationToken);

        var session = new NpgsqlConnection(unpooled);
        try
        {
            await session.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", session);
            command.Parameters.AddWithValue("key", Key);
            // Another node may hold it for as long as its migrations or the demo history take.
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new PostgreSqlStartupLock(session);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    // Ending the session releases the lock, also when this process dies while holding it.
    public ValueTask DisposeAsync() => session.DisposeAsync();

    // The lock needs a database to be taken in, so a missing one is created first; of nodes doing that at once,
    // one succeeds and the others find it created.
    private static async Task EnsureDatabaseAsync(string connectionString, IDbContextFactory<ServerDbContext> contexts, CancellationToken cancellationToken)
    {
        await using (var probe = new NpgsqlConnection(connectionString))
        {
            try
            {
                await probe.OpenAsync(cancellationToken);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
            {
            }
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
        }
    }
}
