namespace WorkflowAgency.Persistence.Tests.Infrastructure;

/// <summary>A fresh, empty database for one test; disposing it removes every trace.</summary>
public interface ITestDatabase : IAsyncDisposable
{
    /// <summary>Creates the empty database, or skips the test (fails it under CI) when its server is missing.</summary>
    ValueTask CreateAsync(CancellationToken cancellationToken);

    /// <summary>Points the persistence options at this database.</summary>
    void Configure(PersistenceOptions options);
}
