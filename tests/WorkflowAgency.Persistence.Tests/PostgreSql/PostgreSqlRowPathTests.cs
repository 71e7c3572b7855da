using WorkflowAgency.Persistence.Tests.Contracts;
using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Persistence.Tests.PostgreSql;

public sealed class PostgreSqlRowPathTests : RowPathContract
{
    protected override ITestDatabase CreateDatabase() => new PostgreSqlTestDatabase();
}
