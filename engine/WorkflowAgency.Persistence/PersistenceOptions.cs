using WorkflowAgency.Persistence.Sqlite;

namespace WorkflowAgency.Persistence;

/// <summary>Where the workflow database is and how to reach it; see <see cref="PersistenceServiceCollectionExtensions.AddPersistence"/>.</summary>
public sealed class PersistenceOptions
{
    /// <summary>The name of the SQLite provider, the embedded default.</summary>
    public const string SqliteProvider = "Sqlite";

    /// <summary>The name of the PostgreSQL provider, for several nodes sharing one database.</summary>
    public const string PostgreSqlProvider = "PostgreSql";

    /// <summary>The database engine: <see cref="SqliteProvider"/> (the default) or <see cref="PostgreSqlProvider"/>.</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>
    /// The ADO.NET connection string; for a SQLite file, <see cref="UseSqliteFile"/> builds it; for PostgreSQL an
    /// Npgsql one (<c>Host=…;Database=…;Username=…;Password=…</c>), whose database is created on first migration.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>How many contexts the pool keeps for reuse.</summary>
    public int ContextPoolSize { get; set; } = 128;

    /// <summary>Uses a SQLite database file at <paramref name="path"/>, creating its folder.</summary>
    public PersistenceOptions UseSqliteFile(string path)
    {
        Provider = SqliteProvider;
        ConnectionString = SqliteConnectionStrings.ForFile(path);
        return this;
    }

    /// <summary>Every problem with these options, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add("ConnectionString is required.");
        }

        if (DatabaseProviders.Find(Provider) is null)
        {
            problems.Add($"Provider '{Provider}' is not supported; use '{SqliteProvider}' or '{PostgreSqlProvider}'.");
        }

        if (ContextPoolSize < 1)
        {
            problems.Add("ContextPoolSize must be at least 1.");
        }

        return problems;
    }
}
