namespace WorkflowAgency.Server.Demo;

/// <summary>
/// The server's clock (<see cref="DemoClock"/>, the system clock unless the demo history is being written) and the
/// demo history itself. Registered before the engine, whose own default clock then stands aside.
/// </summary>
internal static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddDemoHistory(this IServiceCollection services)
    {
        services.AddSingleton<DemoClock>();
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<DemoClock>());
        services.AddSingleton<IAdjustableClock>(sp => sp.GetRequiredService<DemoClock>());
        services.AddSingleton<DemoHistory>();
        return services;
    }
}
