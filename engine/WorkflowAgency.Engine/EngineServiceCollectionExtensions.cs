using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowAgency.Engine.Definitions.Loading;
using WorkflowAgency.Engine.Definitions.Validation;
using WorkflowAgency.Engine.Definitions.Versions;
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
}
