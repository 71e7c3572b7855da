using WorkflowAgency.Server.Features.ClientLinks;

namespace WorkflowAgency.Server.Hosting;

/// <summary>Services the endpoints share beyond the engine's.</summary>
internal static class FeatureServiceCollectionExtensions
{
    public static IServiceCollection AddFeatureServices(this IServiceCollection services)
    {
        services.AddSingleton<ShippedDefinitions>();
        services.AddSingleton<ClientLinkResolver>();
        services.AddSpaFallback();
        return services;
    }
}
