using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Storage.PostgreSql;

namespace WorkflowAgency.Server.Storage;

/// <summary>Points <see cref="ServerDbContext"/> at the configured database, with its own migrations history.</summary>
internal static class ServerDatabase
{
    /// <summary>
    /// Registers the pooled <see cref="IDbContextFactory{TContext}"/> of <see cref="ServerDbContext"/>; on PostgreSQL it
    /// hands out <see cref="PostgreSqlServerDbContext"/>, the type its migrations are bound to.
    /// </summary>
    public static IServiceCollection AddServerDatabase(this IServiceCollection services, string provider, string connectionString)
    {
        if (IsPostgreSql(provider))
        {
            services.AddPooledDbContextFactory<PostgreSqlServerDbContext>(o => Configure(o, provider, connectionString));
            services.AddSingleton<IDbContextFactory<ServerDbContext>>(sp =>
                new ServerContextFactory(sp.GetRequiredService<IDbContextFactory<PostgreSqlServerDbContext>>()));
        }
        else
        {
            services.AddPooledDbContextFactory<ServerDbContext>(o => Configure(o, provider, connectionString));
        }

        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, string provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (IsPostgreSql(provider))
        {
            builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(ServerDbContext.HistoryTable));
            return;
        }

        if (!string.Equals(provider, PersistenceOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase))
            throw new NotSupportedException($"Database provider '{provider}' is not supported by the server's tables.");
        builder.UseSqlite(
            new SqliteConnectionStringBuilder(connectionString) { Pooling = true }.ToString(),
            sqlite => sqlite.MigrationsHistoryTable(ServerDbContext.HistoryTable));
    }

    public static bool IsPostgreSql(string provider) =>
        string.Equals(provider, PersistenceOptions.PostgreSqlProvider, StringComparison.OrdinalIgnoreCase);
}
