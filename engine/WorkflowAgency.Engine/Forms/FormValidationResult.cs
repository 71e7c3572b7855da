using System.Text.Json.Nodes;

namespace WorkflowAgency.Engine.Forms;

/// <summary>The normalised values of a valid submission, or the errors per field name.</summary>
public sealed record FormValidationResult(JsonObject Values, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
