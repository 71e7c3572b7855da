using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Accounts;

/// <summary>Finds staff and checks their passwords.</summary>
internal sealed class UserDirectory(IDbContextFactory<ServerDbContext> contexts, IPasswordHasher<StaffUser> hasher)
{
    /// <summary>A hash of a password nobody has, checked when the user does not exist so both cases take as long.</summary>
    private readonly Lazy<string> _decoy = new(() => hasher.HashPassword(new StaffUser { UserName = "", DisplayName = "", PasswordHash = "" }, Guid.NewGuid().ToString()));

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    public async Task<StaffUser?> FindAsync(string userName, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = Normalize(userName);
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == name, cancellationToken);
    }

    /// <summary>The user when the password is theirs and they may sign in; null otherwise, without saying which part was wrong.</summary>
    public async Task<StaffUser?> VerifyAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userName, cancellationToken);
        if (user is null || user.Disabled)
        {
            hasher.VerifyHashedPassword(new StaffUser { UserName = "", DisplayName = "", PasswordHash = "" }, _decoy.Value, password);
            return null;
        }
        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
            return null;
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
            await RehashAsync(user.Id, password, cancellationToken);
        return user;
    }

    public async Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => !u.Disabled).OrderBy(u => u.UserName).ToListAsync(cancellationToken);
    }

    private async Task RehashAsync(int id, string password, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleAsync(u => u.Id == id, cancellationToken);
        user.PasswordHash = hasher.HashPassword(user, password);
        await db.SaveChangesAsync(cancellationToken);
    }
}
