using WorkflowAgency.Persistence;
using WorkflowAgency.Persistence.Sqlite;

namespace WorkflowAgency.Benchmarks.Databases;

/// <summary>Fresh SQLite files, or copies of a prepared one, for one round.</summary>
/// <remarks>
/// The provider seam: <see cref="PostgreSqlDatabases"/> is the PostgreSQL counterpart of <see cref="Fresh"/> (a
/// prepared copy would be <c>CREATE DATABASE … TEMPLATE</c>); everything above it only sees <see cref="DatabaseTarget"/>.
/// </remarks>
internal static class SqliteDatabases
{
    public static DatabaseTarget Fresh(TempFolder folder, string name) => For(Path.Combine(folder.Path, name + ".db"));

    /// <summary>A private copy of <paramref name="preparedFile"/> (checkpointed, so the file alone is the database).</summary>
    public static DatabaseTarget CopyOf(string preparedFile, TempFolder folder, string name)
    {
        var path = Path.Combine(folder.Path, name + ".db");
        using (var source = File.OpenRead(preparedFile))
        using (var copy = File.Create(path))
        {
            source.CopyTo(copy);

            // Written through before anything is timed: otherwise the kernel flushes hundreds of megabytes of the
            // copy during the first measurements, and the first fsync of a commit waits behind them.
            copy.Flush(flushToDisk: true);
        }

        return For(path);
    }

    public static DatabaseTarget For(string path) =>
        new(PersistenceOptions.SqliteProvider, SqliteConnectionStrings.ForFile(path), Path.GetFullPath(path));
}
