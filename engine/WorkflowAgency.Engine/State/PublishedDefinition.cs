namespace WorkflowAgency.Engine.State;

/// <summary>An immutable published version of a definition; engagements started on it stay on it.</summary>
public sealed class PublishedDefinition
{
    public required string DefinitionId { get; set; }

    public int Version { get; set; }

    public required string Name { get; set; }

    public required string Json { get; set; }

    public DateTime PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    public string? Note { get; set; }

    /// <summary>When set, no new engagement starts on this version; running ones carry on.</summary>
    public DateTime? RetractedAt { get; set; }

    public string? RetractedBy { get; set; }
}
