using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowAgency.Engine.Definitions.Json;

/// <summary>Where a path goes: to the step <see cref="Next"/>, or out of the stage with the outcome <see cref="End"/>.</summary>
public class ExitDocument
{
    public string? Next { get; set; }

    public string? End { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
