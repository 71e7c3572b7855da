namespace WorkflowAgency.Engine.Runtime;

/// <summary>The client as Sales hands them over.</summary>
public sealed record ClientInfo(string Name, string? Company = null, string? Email = null, string? Phone = null);
