using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace WorkflowAgency.Server.Storage;

/// <summary>Points <see cref="ServerDbContext"/> at the configured database, with its own migrations history.</summary>
internal static class ServerDatabase
{
    public static void Configure(DbContextOptionsBuilder builder, string provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
            throw new NotSupportedException($"Database provider '{provider}' is not supported by the server's tables yet.");
        builder.UseSqlite(
            new SqliteConnectionStringBuilder(connectionString) { Pooling = true }.ToString(),
            sqlite => sqlite.MigrationsHistoryTable(ServerDbContext.HistoryTable));
    }
}
