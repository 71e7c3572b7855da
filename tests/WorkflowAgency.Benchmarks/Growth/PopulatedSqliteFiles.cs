using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using WorkflowAgency.Benchmarks.Databases;
using WorkflowAgency.Persistence;

namespace WorkflowAgency.Benchmarks.Growth;

/// <summary>
/// SQLite files made by <see cref="Population"/>, cached between runs in a temp folder (<c>--cache</c>), so only the
/// first run (or a schema change) pays for them; each round works on a written-through copy.
/// </summary>
/// <remarks>A bigger file is grown from the biggest smaller one already cached.</remarks>
internal sealed class PopulatedSqliteFiles(string cacheFolder) : IPopulatedDatabases
{
    private const int Writers = 4;

    public async Task PrepareAsync(int engagements) => await FileForAsync(engagements);

    public async Task<FreshDatabase> CopyAsync(int engagements, string name)
    {
        var prepared = await FileForAsync(engagements);
        var folder = new TempFolder();
        try
        {
            return new FreshDatabase(SqliteDatabases.CopyOf(prepared, folder, name), Remove(folder));
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    public Task<FreshDatabase> EmptyAsync(string name)
    {
        var folder = new TempFolder();
        return Task.FromResult(new FreshDatabase(SqliteDatabases.Fresh(folder, name), Remove(folder)));
    }

    /// <summary>The cached file holding <paramref name="engagements"/> engagements, made first when missing.</summary>
    private async Task<string> FileForAsync(int engagements)
    {
        Directory.CreateDirectory(cacheFolder);
        var key = await Population.KeyAsync(PersistenceOptions.SqliteProvider, SqliteDatabases.For(Path.Combine(cacheFolder, "key.db")).ConnectionString);
        var path = Path.Combine(cacheFolder, $"population-{key}-{engagements}.db");
        if (File.Exists(path))
            return path;

        var grownFrom = Directory.GetFiles(cacheFolder, $"population-{key}-*.db")
            .Select(f => (File: f, Count: int.Parse(Path.GetFileNameWithoutExtension(f).Split('-')[^1], CultureInfo.InvariantCulture)))
            .Where(f => f.Count < engagements)
            .OrderByDescending(f => f.Count)
            .FirstOrDefault();
        var building = path + ".building";
        File.Delete(building);
        if (grownFrom.File is not null)
            File.Copy(grownFrom.File, building);

        var clock = Stopwatch.StartNew();
        Console.WriteLine($"  preparing {engagements:N0} stored engagements (from {grownFrom.Count:N0}, cached in {cacheFolder})…");
        await Population.AddAsync(SqliteDatabases.For(building), grownFrom.Count, engagements, Writers);
        await CheckpointAsync(building);
        File.Move(building, path);
        Console.WriteLine($"  prepared in {clock.Elapsed.TotalSeconds:0} s");
        return path;
    }

    private static Func<ValueTask> Remove(TempFolder folder) => () =>
    {
        folder.Dispose();
        return ValueTask.CompletedTask;
    };

    private static async Task CheckpointAsync(string file)
    {
        // Folds the WAL into the file, so a plain copy of the file is the whole database.
        await using (var connection = new SqliteConnection(SqliteDatabases.For(file).ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
    }
}
