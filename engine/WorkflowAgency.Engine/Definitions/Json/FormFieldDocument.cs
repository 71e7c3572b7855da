using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace WorkflowAgency.Engine.Definitions.Json;

/// <summary>A form field: the engagement variable it writes, its type and its rules.</summary>
public sealed class FormFieldDocument
{
    /// <summary>The variable the value is stored in; also the key in submitted data.</summary>
    public string? Name { get; set; }

    public string? Label { get; set; }

    /// <summary>One of <see cref="FieldTypes"/>.</summary>
    public string? Type { get; set; }

    public bool Required { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    /// <summary>A .NET regular expression the whole value must match.</summary>
    public string? Pattern { get; set; }

    /// <summary>Allowed values for <c>choice</c> and <c>multichoice</c>.</summary>
    public List<string>? Options { get; set; }

    public JsonNode? Default { get; set; }

    public string? Help { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
