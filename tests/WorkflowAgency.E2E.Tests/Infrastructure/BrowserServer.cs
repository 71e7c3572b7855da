using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.E2E.Tests.Infrastructure;

/// <summary>
/// The real server on a loopback socket, serving the built web app, on a fresh SQLite file with its own copy of the
/// templates, the demo users with a known password and the background workers running (emails go to a pickup folder).
/// </summary>
public sealed class BrowserServer : WebApplicationFactory<Program>
{
    public const string Password = "correct-horse-battery";

    public BrowserServer()
    {
        Folder = Path.Combine(Path.GetTempPath(), "workflowagency-e2e", Guid.NewGuid().ToString("N"));
        Repository.CopyTemplatesTo(Folder);
        UseKestrel(0);
    }

    /// <summary>The temp folder holding this server's database, templates and outgoing mail.</summary>
    public string Folder { get; }

    /// <summary>Settings a test adds on top of the defaults below, before the server starts (e.g. <c>Seed:DemoHistory</c>).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The web app the server build produced (the Server project's BuildDesigner target).</summary>
    public static string WebAppRoot => Path.Combine(Repository.Root, "engine", "WorkflowAgency.Server", "wwwroot", "app");

    /// <summary>Starts the server and returns its address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Start()
    {
        if (!File.Exists(Path.Combine(WebAppRoot, "index.html")))
            Assert.Fail($"The web app is not built at {WebAppRoot}: building the Server project runs `npm run build` in designer/ (is SkipDesignerBuild set?)");
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("the server has no addresses feature: is it running on Kestrel?");
        return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    // Host configuration reaches Program before it reads any setting (see the server tests' ServerFactory).
    protected override IHost CreateHost(IHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataFolder"] = Path.Combine(Folder, "data"),
            ["Templates:Root"] = Path.Combine(Folder, "templates"),
            ["Workflows:Root"] = Repository.Workflows,
            ["Spa:Root"] = WebAppRoot,
            ["PublicBaseUrl"] = "http://127.0.0.1/",
            ["Seed:DemoPassword"] = Password,
            ["RateLimits:LoginPerMinute"] = "1000",
            ["RateLimits:ClientPerMinute"] = "1000",
        }).AddInMemoryCollection(Settings));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Testing");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
