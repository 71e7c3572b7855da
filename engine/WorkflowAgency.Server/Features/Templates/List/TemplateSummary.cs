namespace WorkflowAgency.Server.Features.Templates.List;

/// <summary>A template: its name, its folder (emails, documents, partials…), and whether it has its own text part.</summary>
internal sealed record TemplateSummary(string Name, string Folder, bool HasText, DateTime UpdatedAt);
