using WorkflowAgency.Server.Features.Engagements.LogClientMessage;
using WorkflowAgency.Server.Features.Payments;

namespace WorkflowAgency.Server.Features.Kpis;

/// <summary>The services behind payments, client messages, the KPIs and the demo history.</summary>
internal static class KpiServiceCollectionExtensions
{
    public static IServiceCollection AddPaymentsAndKpis(this IServiceCollection services)
    {
        services.AddSingleton<PaymentSignals>();
        services.AddSingleton<PaymentLedger>();
        services.AddSingleton<ClientMessageLog>();
        services.AddSingleton<KpiHistoryReader>();
        services.AddSingleton<KpiService>();
        return services;
    }
}
