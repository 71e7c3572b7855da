namespace WorkflowAgency.Engine.Tests.Runtime.Limits;

/// <summary>SQLite keeps any length; the engine must cut or refuse exactly as it does on PostgreSQL.</summary>
public sealed class LongValuesOnSqliteTests : LongValuesContract
{
    private protected override Task<EngineHarness> StartHarnessAsync() => EngineHarness.StartAsync();
}
