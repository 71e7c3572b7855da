using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace WorkflowAgency.Engine.Definitions.Json;

/// <summary>A declared engagement variable: its type and starting value.</summary>
public sealed class VariableDocument
{
    /// <summary>One of the field types (<see cref="FieldTypes"/>).</summary>
    public string? Type { get; set; }

    public JsonNode? Default { get; set; }

    public string? Description { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
