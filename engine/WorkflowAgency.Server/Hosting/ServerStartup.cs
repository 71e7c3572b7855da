using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Configuration;
using WorkflowAgency.Server.Demo;
using WorkflowAgency.Server.Storage;

namespace WorkflowAgency.Server.Hosting;

/// <summary>Gets the database ready before the first request: schema, shipped definitions, demo users.</summary>
internal static class ServerStartup
{
    public static async Task PrepareAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.Services;
        await services.GetRequiredService<IWorkflowDatabase>().MigrateAsync(cancellationToken);
        await using (var db = await services.GetRequiredService<IDbContextFactory<ServerDbContext>>().CreateDbContextAsync(cancellationToken))
            await db.Database.MigrateAsync(cancellationToken);

        await services.GetRequiredService<ShippedDefinitions>().PublishAsync(cancellationToken);

        var settings = services.GetRequiredService<ServerSettings>();
        var generated = await services.GetRequiredService<DemoUserSeeder>().SeedAsync(settings.Seed, cancellationToken);
        // Straight to the console, never to the log: logs are kept and shipped, and this is a password.
        if (generated is not null)
        {
            await Console.Out.WriteLineAsync(
                $"Demo users created: {string.Join(", ", DemoUser.All.Select(u => u.UserName))}.{Environment.NewLine}" +
                $"Their password is {generated} (shown only this once; set Seed:DemoPassword to choose one).");
        }

        if (settings.Seed.DemoHistory)
            await DemoHistoryCommand.SeedIfEmptyAsync(services, cancellationToken);

        app.Lifetime.ApplicationStarted.Register(() =>
            Console.Out.WriteLine($"WorkflowAgency is listening on {string.Join(", ", app.Urls)} (client links use {settings.PublicBaseUrl})"));
    }
}
