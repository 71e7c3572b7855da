namespace WorkflowAgency.Engine.Definitions.Json;

/// <summary>A named choice a person makes (a task outcome, a client response) and where it leads.</summary>
public sealed class ChoiceDocument : ExitDocument
{
    public string? Name { get; set; }

    public string? Label { get; set; }
}
