namespace WorkflowAgency.Server.Features.Templates.Save;

/// <summary>The new source. <see cref="Text"/> null keeps the text part as it is; empty removes it (text is then derived from the HTML).</summary>
internal sealed record SaveTemplateRequest(string? Html, string? Text);
