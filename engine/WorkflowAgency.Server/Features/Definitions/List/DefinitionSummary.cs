namespace WorkflowAgency.Server.Features.Definitions.List;

/// <summary>A definition in the designer's list: its draft's state and its newest live version.</summary>
internal sealed record DefinitionSummary(
    string Id,
    string Name,
    int? DraftRevision,
    DateTime? DraftUpdatedAt,
    string? DraftUpdatedBy,
    int? LatestVersion,
    DateTime? LatestPublishedAt,
    int VersionCount);
