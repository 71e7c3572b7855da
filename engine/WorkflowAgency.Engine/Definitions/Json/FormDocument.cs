using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowAgency.Engine.Definitions.Json;

/// <summary>The form a person fills in to complete a human task.</summary>
public sealed class FormDocument
{
    public List<FormFieldDocument>? Fields { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
