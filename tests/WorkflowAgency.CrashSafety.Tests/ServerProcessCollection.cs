namespace WorkflowAgency.CrashSafety.Tests;

/// <summary>
/// Every test here runs a whole server process under load: one at a time, on a machine with few cores, keeps the
/// kill points and settle waits within reach and the total run short.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ServerProcessCollection
{
    public const string Name = "server process";
}
