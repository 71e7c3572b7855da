namespace WorkflowAgency.Engine.State;

/// <summary>A rendered document (a proposal, a report), versioned per engagement and name.</summary>
public sealed class StoredDocument
{
    public Guid Id { get; set; }

    public Guid EngagementId { get; set; }

    /// <summary>The name steps refer to it by, e.g. <c>proposal</c>.</summary>
    public required string Name { get; set; }

    /// <summary>1 for the first rendering of <see cref="Name"/>, 2 after a change request…</summary>
    public int Version { get; set; }

    public required string Template { get; set; }

    /// <summary>A hash of the template source used, so a document can be traced to the exact template.</summary>
    public string? TemplateVersion { get; set; }

    public required string Html { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Set when the document was attached to an email; a sent document never changes.</summary>
    public DateTime? SentAt { get; set; }
}
