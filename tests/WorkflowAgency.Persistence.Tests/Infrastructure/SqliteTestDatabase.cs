using Microsoft.Data.Sqlite;
using WorkflowAgency.Persistence.Sqlite;

namespace WorkflowAgency.Persistence.Tests.Infrastructure;

/// <summary>A SQLite file in its own temporary folder, deleted with the folder afterwards.</summary>
public sealed class SqliteTestDatabase : ITestDatabase
{
    public SqliteTestDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "workflow-persistence-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "workflow.db");
        ConnectionString = SqliteConnectionStrings.ForFile(FilePath);
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    // The file is created by the first connection; SQLite is embedded, so there is nothing to skip for.
    public ValueTask CreateAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public void Configure(PersistenceOptions options) => options.ConnectionString = ConnectionString;

    /// <summary>A connection that bypasses EF and its interceptor, to see what is really in the file.</summary>
    public SqliteConnection OpenRawConnection()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; let go of them before deleting it.
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
