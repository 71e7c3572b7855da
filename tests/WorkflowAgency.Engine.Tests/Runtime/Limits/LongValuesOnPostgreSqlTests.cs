using WorkflowAgency.Persistence.Tests.Infrastructure;

namespace WorkflowAgency.Engine.Tests.Runtime.Limits;

/// <summary>PostgreSQL enforces its <c>varchar(n)</c> columns: nothing the engine lets through may be longer.</summary>
public sealed class LongValuesOnPostgreSqlTests : LongValuesContract
{
    private protected override Task<EngineHarness> StartHarnessAsync() => EngineHarness.StartAsync(new PostgreSqlTestDatabase());
}
