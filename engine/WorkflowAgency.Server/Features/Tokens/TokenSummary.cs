using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Features.Tokens;

/// <summary>A token as listed: never the secret, which only its creator saw once.</summary>
internal sealed record TokenSummary(Guid Id, string Name, IReadOnlyList<string> Roles, string CreatedBy, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt)
{
    public static TokenSummary From(ApiToken token) =>
        new(token.Id, token.Name, token.Roles, token.CreatedBy, token.CreatedAt, token.LastUsedAt, token.RevokedAt);
}
