namespace WorkflowAgency.Server.Features.StepTypes;

/// <summary>One property of a step type, as the designer's property panel edits it.</summary>
/// <param name="Name">The JSON property name.</param>
/// <param name="Kind">One of <see cref="PropertyKinds"/>.</param>
/// <param name="Group">Properties sharing a group are alternatives (e.g. next/end vs outcomes); at most one is set.</param>
/// <param name="Folder">For templates: the templates folder to pick from.</param>
internal sealed record StepPropertyInfo(
    string Name,
    string Label,
    string Kind,
    bool Required = false,
    string? Help = null,
    IReadOnlyList<string>? Options = null,
    string? Group = null,
    string? Folder = null);
