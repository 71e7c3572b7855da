namespace WorkflowAgency.Server.Features.Health.Check;

internal sealed record HealthResponse(string Status);
