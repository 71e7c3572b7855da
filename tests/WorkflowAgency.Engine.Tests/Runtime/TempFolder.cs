using Microsoft.Data.Sqlite;

namespace WorkflowAgency.Engine.Tests.Runtime;

/// <summary>A folder for database files that outlive one harness (restarts, two engines on one file).</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wa-engine-tests", Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
