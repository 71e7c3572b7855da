namespace WorkflowAgency.Server.Configuration;

/// <summary>The <c>Database</c> section: which engine and where.</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Database";

    public string Provider { get; set; } = "Sqlite";

    /// <summary>When unset, a SQLite file <c>workflowagency.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }
}
