using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Ports;

/// <summary>Drafts and immutable published versions of process definitions.</summary>
public interface IDefinitionStore
{
    Task<DefinitionDraft?> FindDraftAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the draft; conflict when its <see cref="DefinitionDraft.Revision"/> moved since it was read.</summary>
    Task<CommitResult> SaveDraftAsync(DefinitionDraft draft, int? expectedRevision, CancellationToken cancellationToken = default);

    Task<PublishedDefinition?> FindVersionAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    /// <summary>The highest version that is not retracted.</summary>
    Task<PublishedDefinition?> FindLatestPublishedAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>The number of the highest version that is not retracted, without reading the definition itself.</summary>
    Task<int?> FindLatestPublishedVersionAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Every version, newest first, retracted ones included.</summary>
    Task<IReadOnlyList<PublishedDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Ids of every definition that has a draft or a version.</summary>
    Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a new version; conflict when that version number already exists (a concurrent publish).</summary>
    Task<CommitResult> AddVersionAsync(PublishedDefinition version, CancellationToken cancellationToken = default);

    /// <summary>Records a retraction; the definition JSON of a version never changes.</summary>
    Task<CommitResult> RetractVersionAsync(string definitionId, int version, DateTime retractedAt, string? retractedBy, CancellationToken cancellationToken = default);
}
