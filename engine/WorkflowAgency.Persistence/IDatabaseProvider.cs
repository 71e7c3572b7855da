using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace WorkflowAgency.Persistence;

/// <summary>What differs between database engines; everything else, including the row path's SQL, is shared.</summary>
internal interface IDatabaseProvider
{
    /// <summary>Points the context at the database and adds the engine's per-connection setup.</summary>
    void Configure(DbContextOptionsBuilder builder, string connectionString);

    /// <summary>Registers the pooled <see cref="IDbContextFactory{TContext}"/> of <see cref="WorkflowDbContext"/>, over the engine's own context type.</summary>
    void AddContexts(IServiceCollection services, string connectionString, int poolSize);

    /// <summary>Opens a plain ADO.NET connection for the row path, set up exactly as the context's connections are.</summary>
    Task<DbConnection> OpenConnectionAsync(string connectionString, CancellationToken cancellationToken);

    /// <summary>Begins a write transaction that holds the write lock from its first statement, where the engine has one.</summary>
    DbTransaction BeginWriteTransaction(DbConnection connection);

    /// <summary>
    /// The turn writers to <paramref name="connectionString"/>'s database take inside this process, where the engine
    /// lets one writer in at a time; null where writers run side by side.
    /// </summary>
    SemaphoreSlim? WriterTurn(string connectionString);

    /// <summary>
    /// What a claim's inner SELECT ends with so that two workers claiming at once pick different rows: on PostgreSQL
    /// <c> FOR UPDATE SKIP LOCKED</c>; empty where a writer holds the whole database anyway.
    /// </summary>
    string SkipLockedRows { get; }

    /// <summary>True when the save failed on a primary-key or unique-index violation.</summary>
    bool IsUniqueViolation(DbUpdateException exception);

    /// <summary>True when a statement failed on a primary-key or unique-index violation.</summary>
    bool IsUniqueViolation(DbException exception);
}
