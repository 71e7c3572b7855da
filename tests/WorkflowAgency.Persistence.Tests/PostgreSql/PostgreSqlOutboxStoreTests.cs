using WorkflowAgency.Persistence.Tests.Contracts;
using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Persistence.Tests.PostgreSql;

public sealed class PostgreSqlOutboxStoreTests : OutboxStoreContract
{
    protected override ITestDatabase CreateDatabase() => new PostgreSqlTestDatabase();
}
