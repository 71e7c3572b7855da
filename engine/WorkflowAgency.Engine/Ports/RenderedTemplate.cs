namespace WorkflowAgency.Engine.Ports;

/// <summary>The output of a template: HTML and plain text, a subject for emails, and the template's version.</summary>
/// <param name="Html">The HTML part, with inserted values escaped.</param>
/// <param name="Text">The plain-text part.</param>
/// <param name="Subject">The subject an email template declares, if any.</param>
/// <param name="Version">A hash of the template source, recorded with documents so each can be traced to its template.</param>
public sealed record RenderedTemplate(string Html, string Text, string? Subject, string Version);
