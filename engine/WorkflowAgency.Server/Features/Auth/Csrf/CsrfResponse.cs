namespace WorkflowAgency.Server.Features.Auth.Csrf;

internal sealed record CsrfResponse(string Token, string HeaderName);
