namespace WorkflowAgency.Server.Features.Tokens.Create;

/// <summary>The new token with its secret: the only time the secret is shown.</summary>
internal sealed record CreatedToken(Guid Id, string Name, IReadOnlyList<string> Roles, string Token);
