using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace WorkflowAgency.Persistence.Sqlite;

/// <summary>The engine's pragmas, applied once per native SQLite handle whoever opens it (EF or the row path).</summary>
/// <remarks>
/// Connections are pooled, so a connection object is opened far more often than SQLite opens a file. The
/// pragmas below live as long as the native handle, so each handle is set up once and remembered; a reused
/// handle costs one table look-up.
/// </remarks>
internal static class SqlitePragmas
{
    private static readonly ConditionalWeakTable<sqlite3, object> Prepared = [];
    private static readonly object Marker = new();

    /// <summary>Sets the pragmas on <paramref name="connection"/>'s handle unless it already has them.</summary>
    public static void Apply(SqliteConnection connection)
    {
        if (Unprepared(connection) is { } handle)
        {
            using var command = CreateCommand(connection);
            command.ExecuteNonQuery();
            Prepared.AddOrUpdate(handle, Marker);
        }
    }

    /// <inheritdoc cref="Apply"/>
    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (Unprepared(connection) is { } handle)
        {
            await using var command = CreateCommand(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            Prepared.AddOrUpdate(handle, Marker);
        }
    }

    private static sqlite3? Unprepared(SqliteConnection connection) =>
        connection.Handle is { } handle && !Prepared.TryGetValue(handle, out _) ? handle : null;

    private static SqliteCommand CreateCommand(SqliteConnection connection)
    {
        // SQLite's own busy handler backs off in milliseconds, where Microsoft.Data.Sqlite's retry loop alone
        // sleeps 150 ms a try. Default Timeout=0 means "wait for ever" to Microsoft.Data.Sqlite but "never
        // wait" to SQLite, hence the mapping.
        var busyTimeoutMs = connection.DefaultTimeout <= 0
            ? int.MaxValue
            : (int)Math.Min(connection.DefaultTimeout * 1000L, int.MaxValue);

        // busy_timeout goes first, so switching to WAL waits for a lock instead of failing.
        // journal_mode=WAL is stored in the file (a no-op once set) and lets readers run beside the writer.
        // synchronous=NORMAL in WAL mode syncs only at checkpoints: a commit survives the process crashing or
        // being killed (kill -9) and the file never corrupts; only a power cut or OS crash can lose the last
        // few commits. That is our durability bar, and it saves an fsync per commit.
        var command = connection.CreateCommand();
        command.CommandText = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {busyTimeoutMs}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
        return command;
    }
}
