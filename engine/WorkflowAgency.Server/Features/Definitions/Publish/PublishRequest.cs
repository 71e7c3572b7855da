namespace WorkflowAgency.Server.Features.Definitions.Publish;

/// <summary>An optional note saying what changed, shown in the version list.</summary>
internal sealed record PublishRequest(string? Note);
