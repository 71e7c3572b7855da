using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.PostgreSql;

/// <summary>
/// One node of a scaled-out deployment: the real server on a shared PostgreSQL database, on the real clock, its
/// timer and outbox workers polling every second and sending to a real SMTP server.
/// </summary>
internal sealed class NodeFactory(string connectionString, int smtpPort, bool workers, string clientLinkKey) : ServerFactory
{
    /// <summary>The messages this node's outbox worker claimed.</summary>
    public CountingOutboxStore Outbox => Services.GetRequiredService<CountingOutboxStore>();

    /// <summary>What this node logged at Error or above, from its start on.</summary>
    public ErrorLog Errors { get; } = new();

    /// <summary>A template of the test's own, so an email needs nothing but the client.</summary>
    public const string Template = "emails/node-check";

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Database:Provider"] = "PostgreSql";
        settings["Database:ConnectionString"] = connectionString;
        settings["Workers:Enabled"] = workers ? "true" : "false";
        settings["Workers:TimerPollSeconds"] = "1";
        settings["Workers:OutboxPollSeconds"] = "1";
        settings["Smtp:Host"] = "127.0.0.1";
        settings["Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture);
        settings["Smtp:Security"] = "None";
        // Nodes share the link key, or a link one node mailed would not open on another.
        settings["ClientLinks:Key"] = clientLinkKey;

        var emails = Path.Combine(TemplatesRoot, "emails");
        Directory.CreateDirectory(emails);
        File.WriteAllText(Path.Combine(emails, "node-check.sbn-html"), "+++\nsubject = \"Your timer fired, \" + client.name\n+++\n<p>Hello {{ client.name }}</p>\n");
        File.WriteAllText(Path.Combine(emails, "node-check.sbn-txt"), "Hello {{ client.name }}\n");
        return settings;
    }

    // Workers poll with Task.Delay on the server's clock, so the nodes run on the real one, not the fake.
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<ILoggerProvider>(Errors);
            var outbox = services.Last(d => d.ServiceType == typeof(IOutboxStore));
            services.AddSingleton(sp => new CountingOutboxStore((IOutboxStore)outbox.ImplementationFactory!(sp)));
            services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<CountingOutboxStore>());
        });
    }
}
