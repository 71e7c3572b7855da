namespace WorkflowAgency.Engine.Definitions.Json;

/// <summary>A decision branch: taken when <see cref="When"/> is true; cases are tried in order.</summary>
public sealed class CaseDocument : ExitDocument
{
    public string? When { get; set; }
}
