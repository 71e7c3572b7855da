using WorkflowAgency.Server.Features.Definitions.GetVersion;

namespace WorkflowAgency.Server.Features.Definitions.Get;

/// <summary>A definition: its latest draft, its latest live version and the list of all versions.</summary>
internal sealed record DefinitionDetail(string Id, DraftView? Draft, VersionDetail? Published, IReadOnlyList<VersionSummary> Versions);
