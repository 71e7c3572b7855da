using System.Text.Json.Nodes;

namespace WorkflowAgency.Engine.Forms;

/// <summary>Data submitted for a task's form, as received (JSON; numbers may arrive as strings from HTML forms).</summary>
public sealed record FormSubmission(JsonObject Data)
{
    public JsonNode? this[string field] => Data.TryGetPropertyValue(field, out var value) ? value : null;

    public bool Has(string field) => Data[field] is not null && !(Data[field] is JsonValue v && v.TryGetValue(out string? s) && string.IsNullOrWhiteSpace(s));
}
