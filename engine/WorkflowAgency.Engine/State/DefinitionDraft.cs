namespace WorkflowAgency.Engine.State;

/// <summary>The editable draft of a process definition; it may be invalid while someone works on it.</summary>
public sealed class DefinitionDraft
{
    public required string DefinitionId { get; set; }

    public required string Name { get; set; }

    public required string Json { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Optimistic concurrency token, so two designers do not overwrite each other silently.</summary>
    public int Revision { get; set; }
}
