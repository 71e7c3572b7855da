namespace WorkflowAgency.Templating.Templates;

/// <summary>A template's parsed files: the HTML part and, when there is one, the text part.</summary>
internal readonly record struct TemplateParts(LoadedTemplate Html, LoadedTemplate? Text);
