namespace WorkflowAgency.Server.Features.StepTypes;

/// <summary>A step type for the designer's palette, with the properties its panel edits.</summary>
/// <param name="Waits">True when a path stops here until something outside happens (a person, the client, time).</param>
internal sealed record StepTypeInfo(string Type, string Label, string Category, string Description, bool Waits, IReadOnlyList<StepPropertyInfo> Properties);
