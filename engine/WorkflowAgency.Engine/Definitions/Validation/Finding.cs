namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>A problem found by a graph analysis, at a property path relative to the object analysed.</summary>
internal sealed record Finding(string Path, string Message);
