namespace WorkflowAgency.Server.Demo;

/// <summary>How far the demo history has got: the simulated day, and what it has done so far.</summary>
internal sealed record DemoProgress(int Day, int Days, int Engagements, int Actions);
