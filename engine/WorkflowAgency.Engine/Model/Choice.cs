namespace WorkflowAgency.Engine.Model;

/// <summary>A named choice (task outcome, client response) and where it leads.</summary>
public sealed record Choice(string Name, string Label, Exit Exit);
