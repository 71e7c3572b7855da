namespace WorkflowAgency.Server.Features.Templates.Get;

/// <summary>A template's source: the HTML part (with any front matter) and the optional text part.</summary>
internal sealed record TemplateView(string Name, string Html, string? Text, DateTime UpdatedAt);
