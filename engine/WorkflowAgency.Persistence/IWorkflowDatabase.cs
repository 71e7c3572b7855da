namespace WorkflowAgency.Persistence;

/// <summary>The workflow database's schema, for start-up and health checks.</summary>
public interface IWorkflowDatabase
{
    /// <summary>Creates the database if needed and applies every pending migration; call once at start-up.</summary>
    /// <remarks>Safe when several processes start together: EF Core holds a migration lock while it works.</remarks>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Names of the migrations not yet applied; empty when the schema is current.</summary>
    Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken = default);
}
