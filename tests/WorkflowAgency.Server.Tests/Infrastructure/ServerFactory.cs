using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace WorkflowAgency.Server.Tests.Infrastructure;

/// <summary>
/// The real server in memory, on a fresh SQLite file in its own temp folder (with a copy of the templates, so tests
/// may change them), a fake clock, and the demo users with a known password. Workers are off: tests fire timers.
/// </summary>
public class ServerFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct-horse-battery";

    public ServerFactory()
    {
        Folder = Path.Combine(Path.GetTempPath(), "workflowagency-server-tests", Guid.NewGuid().ToString("N"));
        Repository.CopyTemplatesTo(Folder);
    }

    public string Folder { get; }

    public string TemplatesRoot => Path.Combine(Folder, "templates");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Configuration on top of appsettings.json; subclasses add to it.</summary>
    protected virtual Dictionary<string, string?> Settings() => new()
    {
        ["DataFolder"] = Path.Combine(Folder, "data"),
        ["Templates:Root"] = TemplatesRoot,
        ["Workflows:Root"] = Repository.Workflows,
        ["Spa:Root"] = Path.Combine(Folder, "spa"),
        ["PublicBaseUrl"] = "http://localhost/",
        ["Seed:DemoPassword"] = Password,
        ["Workers:Enabled"] = "false",
        ["RateLimits:LoginPerMinute"] = "1000",
        ["RateLimits:ClientPerMinute"] = "1000",
    };

    // Host configuration reaches Program as arguments, before it reads any setting (ConfigureAppConfiguration
    // would be applied only after Program has composed its services from the defaults).
    protected override IHost CreateHost(IHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(Settings()));
        return base.CreateHost(builder);
    }

    // Test services go in after the server's own, so the fake clock replaces the system one everywhere.
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseEnvironment("Testing").ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));

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
        GC.SuppressFinalize(this);
    }
}
