using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowAgency.Engine.Definitions.Json;

/// <summary>
/// An outcome-labelled connection between stages: when <see cref="From"/> ends with <see cref="On"/>,
/// go to <see cref="To"/>, or finish the engagement with the result <see cref="Finish"/>.
/// </summary>
public sealed class TransitionDocument
{
    public string? From { get; set; }

    public string? On { get; set; }

    public string? To { get; set; }

    /// <summary>Ends the engagement with this result (e.g. <c>won</c>, <c>lost</c>) instead of entering a stage.</summary>
    public string? Finish { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
