using WorkflowAgency.Email;
using WorkflowAgency.Engine;
using WorkflowAgency.Persistence;
using WorkflowAgency.Server.Configuration;
using WorkflowAgency.Server.Demo;
using WorkflowAgency.Server.Storage;
using WorkflowAgency.Server.Security;
using WorkflowAgency.Server.Workers;
using WorkflowAgency.Templating;

namespace WorkflowAgency.Server.Hosting;

/// <summary>Composes the server: the engine and its adapters, the server's own tables, security, HTTP and workers.</summary>
internal static class ServerBuilderExtensions
{
    public static WebApplicationBuilder AddWorkflowAgencyServer(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = ServerSettingsLoader.Load(builder.Configuration, builder.Environment.ContentRootPath);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddDemoHistory();
        // The demo history fires hundreds of timers; the progress bar says more than a log line for each.
        if (DemoHistoryCommand.Requested(Environment.GetCommandLineArgs()))
            builder.Logging.AddFilter("WorkflowAgency", LogLevel.Warning);

        services
            .AddTemplating(o => o.TemplatesRoot = settings.TemplatesRoot)
            .AddPersistence(o =>
            {
                o.Provider = settings.DatabaseProvider;
                o.ConnectionString = settings.ConnectionString;
            })
            .AddWorkflowEngine()
            .AddClientLinks(o =>
            {
                o.BaseUrl = settings.PublicBaseUrl;
                o.Key = settings.ClientLinkKey;
            });
        services.AddServerDatabase(settings.DatabaseProvider, settings.ConnectionString);

        services.AddServerSecurity(settings);
        services.AddServerHttp();
        services.AddFeatureServices();

        services.AddEmail(o => EmailSettings.Apply(o, settings));

        if (settings.Workers.Enabled)
        {
            services.AddHostedService<TimerWorkerService>();
            services.AddHostedService<OutboxWorkerService>();
            services.AddHostedService<PaymentSignalWorkerService>();
        }
        return builder;
    }
}
