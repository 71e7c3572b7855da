using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Accounts;

/// <summary>Issues and checks API tokens. A token is shown once, when created; the database keeps only its hash.</summary>
internal sealed class ApiTokenService(IDbContextFactory<ServerDbContext> contexts, TimeProvider time)
{
    /// <summary>Marks the string as ours, so a leaked one is recognisable (and secret scanners can match it).</summary>
    public const string Prefix = "wa_";

    public async Task<(ApiToken Token, string Secret)> CreateAsync(string name, IReadOnlyList<string> roles, string createdBy, CancellationToken cancellationToken)
    {
        var secret = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            Hash = Hash(secret),
            Roles = [.. roles],
            CreatedBy = createdBy,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return (token, secret);
    }

    /// <summary>The live token for <paramref name="secret"/>, or null; records when it was last used.</summary>
    public async Task<ApiToken?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 100)
            return null;
        var hash = Hash(secret);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null, cancellationToken);
        if (token is null)
            return null;
        var now = time.GetUtcNow().UtcDateTime;
        // Once a minute is enough to show whether a token is still in use, without a write per request.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
        return token;
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiTokens.AsNoTracking().OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>False when there is no such token or it was revoked already.</summary>
    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.RevokedAt == null, cancellationToken);
        if (token is null)
            return false;
        token.RevokedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
