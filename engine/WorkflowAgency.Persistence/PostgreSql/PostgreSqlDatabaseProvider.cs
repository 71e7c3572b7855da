using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace WorkflowAgency.Persistence.PostgreSql;

/// <summary>PostgreSQL through Npgsql, for several nodes sharing one database.</summary>
/// <remarks>
/// Transactions run at READ COMMITTED, PostgreSQL's default. That is enough for the row path: every revision check
/// is part of an UPDATE's WHERE clause, and PostgreSQL re-evaluates that clause on the newest committed row
/// after waiting for a concurrent writer's lock, so of two commits expecting one revision exactly one matches.
/// </remarks>
internal sealed class PostgreSqlDatabaseProvider : IDatabaseProvider
{
    public void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.UseNpgsql(connectionString);
    }

    public void AddContexts(IServiceCollection services, string connectionString, int poolSize)
    {
        services.AddPooledDbContextFactory<PostgreSqlWorkflowDbContext>(builder => Configure(builder, connectionString), poolSize);
        services.AddSingleton<IDbContextFactory<WorkflowDbContext>>(sp =>
            new BaseContextFactory<PostgreSqlWorkflowDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlWorkflowDbContext>>()));
    }

    public async Task<DbConnection> OpenConnectionAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // Writers to different engagements never wait for each other; those to one engagement wait on its row lock.
    public SemaphoreSlim? WriterTurn(string connectionString) => null;

    // Row locks are taken by the statements themselves; there is no database-wide write lock to take up front.
    public DbTransaction BeginWriteTransaction(DbConnection connection) =>
        ((NpgsqlConnection)connection).BeginTransaction();

    // Rows another claimer has locked are passed over rather than waited for; rows it already leased and committed
    // are re-checked against the claim's WHERE clause after the lock (READ COMMITTED), so they no longer qualify.
    public string SkipLockedRows => " FOR UPDATE SKIP LOCKED";

    public bool IsUniqueViolation(DbUpdateException exception) =>
        exception?.InnerException is DbException inner && IsUniqueViolation(inner);

    public bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
