namespace WorkflowAgency.Engine.Definitions.Reading;

/// <summary>A place in a JSON text, both 1-based; columns count characters, not bytes.</summary>
public readonly record struct SourcePosition(int Line, int Column);
