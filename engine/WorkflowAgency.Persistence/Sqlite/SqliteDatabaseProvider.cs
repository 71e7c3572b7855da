using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace WorkflowAgency.Persistence.Sqlite;

/// <summary>The embedded default: a SQLite file in WAL mode.</summary>
internal sealed class SqliteDatabaseProvider : IDatabaseProvider
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriterTurns = new(StringComparer.Ordinal);

    public void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder
            .UseSqlite(connectionString)
            .AddInterceptors(SqlitePragmaInterceptor.Instance);
    }

    // The SQLite migrations are bound to WorkflowDbContext itself.
    public void AddContexts(IServiceCollection services, string connectionString, int poolSize) =>
        services.AddPooledDbContextFactory<WorkflowDbContext>(builder => Configure(builder, connectionString), poolSize);

    public async Task<DbConnection> OpenConnectionAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Microsoft.Data.Sqlite pools the native handles behind this object, so a handle EF set up before
        // may come back here (and the other way round); the pragmas are remembered per handle.
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await SqlitePragmas.ApplyAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // SQLite lets one writer in at a time and makes the others poll: its busy handler sleeps 1, 2, 5, 10, 15… ms
    // between tries, so under load a waiting commit sleeps well past the moment the lock is free. Writers of one
    // process queue on a semaphore instead and go the moment the last one commits; the busy timeout remains for
    // other processes and for the EF writes that do not take this turn.
    public SemaphoreSlim? WriterTurn(string connectionString) =>
        WriterTurns.GetOrAdd(new SqliteConnectionStringBuilder(connectionString).DataSource, _ => new SemaphoreSlim(1, 1));

    // BEGIN IMMEDIATE: the write lock is taken up front, so concurrent committers queue on the busy timeout
    // instead of failing to upgrade a read lock halfway through.
    public DbTransaction BeginWriteTransaction(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false);

    // SQLite has one writer at a time: a claim's UPDATE already sees and changes its rows under the write lock.
    public string SkipLockedRows => "";

    public bool IsUniqueViolation(DbUpdateException exception) =>
        exception?.InnerException is DbException inner && IsUniqueViolation(inner);

    public bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException
        {
            SqliteErrorCode: SqliteConstraint,
            SqliteExtendedErrorCode: SqliteConstraintPrimaryKey or SqliteConstraintUnique,
        };
}
