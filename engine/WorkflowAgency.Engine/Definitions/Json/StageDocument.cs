using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowAgency.Engine.Definitions.Json;

/// <summary>A stage: a composite activity with its own flowchart of steps, ending with an outcome.</summary>
public sealed class StageDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>What happens as the engagement enters the stage (the client's email, for one).</summary>
    public StageHookDocument? OnEnter { get; set; }

    /// <summary>Id of the first step.</summary>
    public string? Start { get; set; }

    public List<StepDocument>? Steps { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
