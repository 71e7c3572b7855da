namespace WorkflowAgency.Server.Features.Templates.Preview;

internal sealed record PreviewResponse(string Html, string Text, string? Subject);
