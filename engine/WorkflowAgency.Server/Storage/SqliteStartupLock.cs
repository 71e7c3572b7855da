using Microsoft.Data.Sqlite;

namespace WorkflowAgency.Server.Storage;

/// <summary>
/// An exclusive lock on a file beside the SQLite database, for the rare second server process started on the same
/// file. Held through an open handle, so it goes with the process however that ends.
/// </summary>
internal sealed class SqliteStartupLock(FileStream handle) : IAsyncDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    public static async Task<SqliteStartupLock> AcquireAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Never deleted: a process waiting on a deleted file would lock it while a third locks its replacement.
        var path = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource) + ".startup-lock";
        while (true)
        {
            try
            {
                return new SqliteStartupLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Held by another process (or, in tests, another server on the same folder): wait for its turn.
                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync() => handle.DisposeAsync();
}
