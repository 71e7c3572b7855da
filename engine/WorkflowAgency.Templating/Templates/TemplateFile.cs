namespace WorkflowAgency.Templating.Templates;

/// <summary>A template file inside the templates folder.</summary>
/// <param name="Name">Its path relative to the folder with <c>/</c> separators, as errors show it.</param>
/// <param name="FullPath">Its absolute path.</param>
internal sealed record TemplateFile(string Name, string FullPath);
