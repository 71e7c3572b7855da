using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowAgency.Engine.Definitions.Json;

/// <summary>Side effects declared on a stage boundary, such as the email its client gets on entry.</summary>
public sealed class StageHookDocument
{
    /// <summary>Email template names sent to the client when the stage is entered.</summary>
    public List<string>? Emails { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
