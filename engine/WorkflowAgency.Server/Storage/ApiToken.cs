namespace WorkflowAgency.Server.Storage;

/// <summary>An integration's credential (e.g. the CRM's handoff). Only a hash is kept: the token is shown once.</summary>
internal sealed class ApiToken
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Hex SHA-256 of the token. Tokens are long and random, so a plain hash is enough (no salt or stretching).</summary>
    public required string Hash { get; set; }

    public List<string> Roles { get; set; } = [];

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
