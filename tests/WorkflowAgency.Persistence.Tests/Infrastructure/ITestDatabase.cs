namespace WorkflowAgency.Persistence.Tests.Infrastructure;

/// <summary>A fresh, empty database for one test; disposing it removes every trace.</summary>
public interface ITestDatabase : IAsyncDisposable
{
    /// <summary>Points the persistence options at this database.</summary>
    void Configure(PersistenceOptions options);
}
