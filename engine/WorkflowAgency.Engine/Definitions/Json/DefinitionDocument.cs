using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace WorkflowAgency.Engine.Definitions.Json;

/// <summary>A process definition exactly as written in JSON (schema version 1).</summary>
/// <remarks>
/// Kept apart from the runtime model on purpose: this shape is what people and the designer edit,
/// so it favours readability and stable diffs; the definition loader maps it to the
/// model the runtime executes.
/// </remarks>
public sealed class DefinitionDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public int SchemaVersion { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public Dictionary<string, VariableDocument>? Variables { get; set; }

    /// <summary>Id of the first stage.</summary>
    public string? Start { get; set; }

    public List<StageDocument>? Stages { get; set; }

    public List<TransitionDocument>? Transitions { get; set; }

    /// <summary>Designer coordinates; never read by the runtime.</summary>
    public JsonObject? Layout { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
