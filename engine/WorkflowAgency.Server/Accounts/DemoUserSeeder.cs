using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Server.Configuration;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Accounts;

/// <summary>Creates the demo users in an empty database; a database that has any user is left alone.</summary>
internal sealed class DemoUserSeeder(IDbContextFactory<ServerDbContext> contexts, IPasswordHasher<StaffUser> hasher, TimeProvider time)
{
    private const string PasswordAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>The password the users got when it was generated (to be shown once), else null.</summary>
    public async Task<string?> SeedAsync(SeedOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.DemoUsers)
            return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Users.AnyAsync(cancellationToken))
            return null;

        var generated = options.DemoPassword is null ? RandomNumberGenerator.GetString(PasswordAlphabet, 16) : null;
        var password = options.DemoPassword ?? generated!;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var demo in DemoUser.All)
        {
            var user = new StaffUser
            {
                UserName = demo.UserName,
                DisplayName = demo.DisplayName,
                PasswordHash = "",
                Roles = [.. demo.Roles],
                Groups = [.. demo.Groups],
                CreatedAt = now,
            };
            user.PasswordHash = hasher.HashPassword(user, password);
            db.Users.Add(user);
        }
        await db.SaveChangesAsync(cancellationToken);
        return generated;
    }
}
