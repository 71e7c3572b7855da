using System.Text.Json.Nodes;

namespace WorkflowAgency.Engine.Model;

/// <summary>A form field and its rules; the value is stored in the variable <see cref="Name"/>.</summary>
public sealed record FormField
{
    public required string Name { get; init; }

    public required string Label { get; init; }

    public required string Type { get; init; }

    public bool Required { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public string? Pattern { get; init; }

    public IReadOnlyList<string> Options { get; init; } = [];

    public JsonNode? Default { get; init; }

    public string? Help { get; init; }
}
