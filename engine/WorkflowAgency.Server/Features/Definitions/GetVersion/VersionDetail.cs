using System.Text.Json.Nodes;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Server.Features.Definitions.GetVersion;

/// <summary>A published version with its (immutable) definition.</summary>
internal sealed record VersionDetail(VersionSummary Version, JsonNode? Definition)
{
    public static VersionDetail From(PublishedDefinition version) =>
        new(VersionSummary.From(version), DefinitionJson.Parse(version.Json));
}
