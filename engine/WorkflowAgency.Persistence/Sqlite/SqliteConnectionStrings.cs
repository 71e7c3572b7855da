using Microsoft.Data.Sqlite;

namespace WorkflowAgency.Persistence.Sqlite;

/// <summary>Connection strings for a SQLite database file.</summary>
public static class SqliteConnectionStrings
{
    /// <summary>How long a command waits for another connection's write lock before it fails.</summary>
    public const int DefaultTimeoutSeconds = 30;

    /// <summary>
    /// A pooled, read-write-create connection string for the file at <paramref name="path"/> (made absolute),
    /// creating its folder so the first open can create the file.
    /// </summary>
    public static string ForFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = DefaultTimeoutSeconds,
        }.ToString();
    }
}
