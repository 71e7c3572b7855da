namespace WorkflowAgency.Server.Features.Tokens.Create;

/// <summary>A name saying who uses it (<c>crm</c>) and its roles; <c>integration</c> when none are given.</summary>
internal sealed record CreateTokenRequest(string? Name, IReadOnlyList<string>? Roles);
