using WorkflowAgency.Persistence;
using WorkflowAgency.Persistence.Sqlite;

namespace WorkflowAgency.Benchmarks.Databases;

/// <summary>Fresh SQLite files, or copies of a prepared one, for one round.</summary>
/// <remarks>
/// The provider seam: a PostgreSQL counterpart would create a database per round (and copy a prepared one with
/// <c>CREATE DATABASE … TEMPLATE</c>); everything above it only sees <see cref="DatabaseTarget"/>.
/// </remarks>
internal static class SqliteDatabases
{
    public static DatabaseTarget Fresh(TempFolder folder, string name) => For(Path.Combine(folder.Path, name + ".db"));

    /// <summary>A private copy of <paramref name="preparedFile"/> (checkpointed, so the file alone is the database).</summary>
    public static DatabaseTarget CopyOf(string preparedFile, TempFolder folder, string name)
    {
        var path = Path.Combine(folder.Path, name + ".db");
        File.Copy(preparedFile, path);
        return For(path);
    }

    public static DatabaseTarget For(string path) =>
        new(PersistenceOptions.SqliteProvider, SqliteConnectionStrings.ForFile(path), Path.GetFullPath(path));
}
