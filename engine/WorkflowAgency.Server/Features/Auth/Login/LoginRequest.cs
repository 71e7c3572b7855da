namespace WorkflowAgency.Server.Features.Auth.Login;

internal sealed record LoginRequest(string? Username, string? Password);
