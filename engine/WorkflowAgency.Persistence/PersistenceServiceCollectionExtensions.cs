using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Persistence.Stores;

namespace WorkflowAgency.Persistence;

/// <summary>Registers the EF Core adapter for the engine's persistence ports.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{TContext}"/> for <see cref="WorkflowDbContext"/>,
    /// <see cref="IEngagementStore"/> and <see cref="IDefinitionStore"/> (singletons) and
    /// <see cref="IWorkflowDatabase"/>, whose <see cref="IWorkflowDatabase.MigrateAsync"/> the host calls at start-up.
    /// </summary>
    /// <exception cref="ArgumentException">The options are not usable; the message lists every problem.</exception>
    public static IServiceCollection AddPersistence(this IServiceCollection services, Action<PersistenceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        var options = new PersistenceOptions();
        configure(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid persistence options: " + string.Join(" ", problems), nameof(configure));
        }

        var provider = DatabaseProviders.Find(options.Provider)!;
        var connectionString = options.ConnectionString!;

        services.AddSingleton(options);
        provider.AddContexts(services, connectionString, options.ContextPoolSize);
        services.AddSingleton<IEngagementStore>(sp => new EngagementStore(Contexts(sp), provider, connectionString, EngagementStore.DefaultIdleSessions));
        services.AddSingleton<IDefinitionStore>(sp => new EfDefinitionStore(Contexts(sp), provider));
        services.AddSingleton<IOutboxStore>(sp => new EfOutboxStore(Contexts(sp), provider));
        services.AddSingleton<IWorkflowDatabase>(sp => new DatabaseMigrator(
            Contexts(sp),
            sp.GetService<ILogger<DatabaseMigrator>>() ?? NullLogger<DatabaseMigrator>.Instance));
        return services;
    }

    private static IDbContextFactory<WorkflowDbContext> Contexts(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>();
}
