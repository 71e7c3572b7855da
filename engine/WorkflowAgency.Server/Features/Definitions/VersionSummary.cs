using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Features.Definitions;

/// <summary>A published version without its JSON.</summary>
internal sealed record VersionSummary(int Version, string Name, DateTime PublishedAt, string? PublishedBy, string? Note, DateTime? RetractedAt, string? RetractedBy)
{
    public static VersionSummary From(PublishedDefinition version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(version.Version, version.Name, version.PublishedAt, version.PublishedBy, version.Note, version.RetractedAt, version.RetractedBy);
    }
}
