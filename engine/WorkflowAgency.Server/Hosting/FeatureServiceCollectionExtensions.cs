using WorkflowAgency.Server.Features.ClientLinks;
using WorkflowAgency.Server.Features.Kpis;

namespace WorkflowAgency.Server.Hosting;

/// <summary>Services the endpoints share beyond the engine's.</summary>
internal static class FeatureServiceCollectionExtensions
{
    public static IServiceCollection AddFeatureServices(this IServiceCollection services)
    {
        services.AddSingleton<ShippedDefinitions>();
        services.AddSingleton<ClientLinkResolver>();
        services.AddPaymentsAndKpis();
        services.AddSpaFallback();
        return services;
    }
}
