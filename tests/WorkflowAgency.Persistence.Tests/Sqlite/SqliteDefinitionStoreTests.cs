using WorkflowAgency.Persistence.Tests.Contracts;
using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Persistence.Tests.Sqlite;

public sealed class SqliteDefinitionStoreTests : DefinitionStoreContract
{
    protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
