using WorkflowAgency.Persistence.Tests.Contracts;
using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Persistence.Tests.Sqlite;

public sealed class SqliteOutboxStoreTests : OutboxStoreContract
{
    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
