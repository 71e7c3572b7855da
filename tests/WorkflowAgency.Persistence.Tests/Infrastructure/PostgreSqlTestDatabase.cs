namespace WorkflowAgency.Persistence.Tests.Infrastructure;

/// <summary>A database of its own on the test PostgreSQL server (<see cref="PostgreSqlServer"/>), dropped afterwards.</summary>
public sealed class PostgreSqlTestDatabase : ITestDatabase
{
    private string? _connectionString;

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The database is not created yet.");

    public async ValueTask CreateAsync(CancellationToken cancellationToken) =>
        _connectionString = await PostgreSqlServer.CreateDatabaseAsync("workflow_test", cancellationToken);

    public void Configure(PersistenceOptions options)
    {
        options.Provider = PersistenceOptions.PostgreSqlProvider;
        options.ConnectionString = ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connectionString is { } connectionString)
        {
            await PostgreSqlServer.DropDatabaseAsync(connectionString);
        }
    }
}
