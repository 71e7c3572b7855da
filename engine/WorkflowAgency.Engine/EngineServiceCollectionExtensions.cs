using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowAgency.Engine.Definitions.Loading;
using WorkflowAgency.Engine.Definitions.Validation;
using WorkflowAgency.Engine.Definitions.Versions;
using WorkflowAgency.Engine.Links;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.Runtime;

namespace WorkflowAgency.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine. Its ports come from adapters: an expression language (Templating), stores
    /// (Persistence) and, optionally, a template renderer.
    /// </summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DefinitionChecker>();
        services.AddSingleton<DefinitionLoader>();
        services.AddSingleton<DefinitionCache>();
        services.AddSingleton<DefinitionService>();
        services.AddSingleton<WorkflowEngine>();
        services.AddSingleton<TimerWorker>();
        return services;
    }

    /// <summary>Signs client links (answering a proposal, a survey) with the given key and base address.</summary>
    public static IServiceCollection AddClientLinks(this IServiceCollection services, Action<SignedLinkOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new SignedLinkOptions();
        configure(options);
        var links = new SignedLinks(options);
        services.AddSingleton(links);
        services.AddSingleton<IClientLinkIssuer>(links);
        return services;
    }
}
