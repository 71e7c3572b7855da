using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Configuration;
using WorkflowAgency.Server.Demo;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Hosting;

/// <summary>Gets the database ready before the first request: schema, shipped definitions, demo users, the key ring.</summary>
internal static class ServerStartup
{
    public static async Task PrepareAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.Services;
        var settings = services.GetRequiredService<ServerSettings>();

        // Nodes started together take turns: the first prepares the database, the others find it prepared.
        await using (await StartupLock.AcquireAsync(services, cancellationToken))
        {
            await CreateHistoryTablesAsync(services, cancellationToken);
            await services.GetRequiredService<IWorkflowDatabase>().MigrateAsync(cancellationToken);
            await using (var db = await services.GetRequiredService<IDbContextFactory<ServerDbContext>>().CreateDbContextAsync(cancellationToken))
                await db.Database.MigrateAsync(cancellationToken);

            await services.GetRequiredService<ShippedDefinitions>().PublishAsync(cancellationToken);
            await SeedDemoUsersAsync(services, settings, cancellationToken);
            if (settings.Seed.DemoHistory)
                await DemoHistoryCommand.SeedIfEmptyAsync(services, cancellationToken);

            LoadKeyRing(services);
        }

        app.Lifetime.ApplicationStarted.Register(() =>
            Console.Out.WriteLine($"WorkflowAgency is listening on {string.Join(", ", app.Urls)} (client links use {settings.PublicBaseUrl})"));
    }

    // On PostgreSQL, EF reads a missing history table by querying it and logs the failed query as an error; on an
    // empty database every first start would log three. Created first (under the lock, so without a race) there is none.
    private static async Task CreateHistoryTablesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using (var engine = await services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync(cancellationToken))
            await engine.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await using var server = await services.GetRequiredService<IDbContextFactory<ServerDbContext>>().CreateDbContextAsync(cancellationToken);
        await server.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
    }

    private static async Task SeedDemoUsersAsync(IServiceProvider services, ServerSettings settings, CancellationToken cancellationToken)
    {
        var generated = await services.GetRequiredService<DemoUserSeeder>().SeedAsync(settings.Seed, cancellationToken);
        // Straight to the console, never to the log: logs are kept and shipped, and this is a password.
        if (generated is not null)
        {
            await Console.Out.WriteLineAsync(
                $"Demo users created: {string.Join(", ", DemoUser.All.Select(u => u.UserName))}.{Environment.NewLine}" +
                $"Their password is {generated} (shown only this once; set Seed:DemoPassword to choose one).");
        }
    }

    // Protecting anything makes data protection read the key ring from the database, creating its first key if there
    // is none. Done under the lock, so nodes started together on an empty database agree on one key rather than each
    // creating its own and refusing the others' cookies until their key rings next refresh.
    private static void LoadKeyRing(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("WorkflowAgency.Startup").Protect([]);
}
