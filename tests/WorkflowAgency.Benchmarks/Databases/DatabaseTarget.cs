namespace WorkflowAgency.Benchmarks.Databases;

/// <summary>One database a measurement runs on: the persistence provider's name and its connection string, as <c>AddPersistence</c> takes them.</summary>
/// <param name="Provider">The persistence provider's name, as <c>PersistenceOptions.Provider</c> takes it.</param>
/// <param name="ConnectionString">The provider's connection string.</param>
/// <param name="File">The SQLite file behind it, for the raw reads the harness does around the timed parts.</param>
internal sealed record DatabaseTarget(string Provider, string ConnectionString, string? File);
