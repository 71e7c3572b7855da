namespace WorkflowAgency.Server.Demo;

/// <summary>What the demo history created, and how long it took in real time.</summary>
internal sealed record DemoHistoryResult(int Clients, int Engagements, int Actions, TimeSpan Elapsed, IReadOnlyDictionary<string, int> ByStageOrResult);
