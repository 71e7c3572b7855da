using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Server.Accounts;
using WorkflowAgency.Server.Configuration;
using WorkflowAgency.Server.Tests.Infrastructure;

namespace WorkflowAgency.Server.Tests.Configuration;

public sealed class StartupTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "workflowagency-settings-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Laid out like the repository: the server project two folders below templates/ and workflows/.</summary>
    private string ContentRoot => Path.Combine(_root, "engine", "WorkflowAgency.Server");

    public StartupTests()
    {
        Directory.CreateDirectory(ContentRoot);
        Directory.CreateDirectory(Path.Combine(_root, "templates"));
        Directory.CreateDirectory(Path.Combine(_root, "workflows"));
    }

    [Fact]
    public void every_configuration_problem_is_reported_at_once_with_its_key()
    {
        var error = Should.Throw<InvalidConfigurationException>(() => Load(new()
        {
            ["Database:Provider"] = "Oracle",
            ["Templates:Root"] = "missing",
            ["PublicBaseUrl"] = "agency.example",
            ["Smtp:Port"] = "70000",
            ["Smtp:UserName"] = "mailer",
            ["Seed:DemoPassword"] = "short",
            ["ClientLinks:Key"] = "dG9vIHNob3J0",
        }));

        error.Problems.Select(p => p.Split(':')[0]).ShouldBe(
            ["Database", "Templates", "PublicBaseUrl", "Smtp", "Smtp", "Seed", "ClientLinks"], ignoreOrder: true);
        Directory.Exists(Path.Combine(ContentRoot, "data")).ShouldBeFalse();
    }

    [Fact]
    public void paths_default_to_the_content_root_and_a_link_key_is_generated_once_readable_only_by_the_server()
    {
        var settings = Load([]);

        settings.ConnectionString.ShouldContain(Path.Combine(ContentRoot, "data", "workflowagency.db"));
        settings.TemplatesRoot.ShouldBe(Path.Combine(_root, "templates"));
        settings.PickupFolder.ShouldBe(Path.Combine(ContentRoot, "data", "outbox"));
        settings.PublicBaseUrl.ToString().ShouldBe("http://localhost:5180/");
        settings.ClientLinkKey.Length.ShouldBe(32);
        var keyFile = Path.Combine(ContentRoot, "data", "client-links.key");
        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(keyFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Load([]).ClientLinkKey.ShouldBe(settings.ClientLinkKey);
    }

    [Fact]
    public void a_configured_link_key_and_public_address_are_used_as_given()
    {
        var key = new byte[40];
        Random.Shared.NextBytes(key);

        var settings = Load(new() { ["ClientLinks:Key"] = Convert.ToBase64String(key), ["PublicBaseUrl"] = "https://agency.example/portal" });

        settings.ClientLinkKey.ShouldBe(key);
        settings.PublicBaseUrl.ToString().ShouldBe("https://agency.example/portal/");
        File.Exists(Path.Combine(ContentRoot, "data", "client-links.key")).ShouldBeFalse();
    }

    [Fact]
    public void the_outbox_lease_retry_delay_and_smtp_timeout_reach_the_email_adapter()
    {
        var settings = Load(new()
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:TimeoutSeconds"] = "3",
            ["Workers:OutboxLeaseSeconds"] = "5",
            ["Workers:OutboxRetrySeconds"] = "1",
        });
        var options = new WorkflowAgency.Email.EmailOptions();

        EmailSettings.Apply(options, settings);

        (options.Lease, options.FirstRetryDelay, options.Smtp.Timeout).ShouldBe((TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)));
        options.Validate().ShouldBeEmpty();
    }

    [Fact]
    public void an_outbox_lease_that_a_slow_smtp_send_could_outlast_is_refused()
    {
        var error = Should.Throw<InvalidConfigurationException>(() => Load(new() { ["Workers:OutboxLeaseSeconds"] = "30", ["Workers:OutboxRetrySeconds"] = "0" }));

        error.Problems.Select(p => p.Split(':')[0] + ":" + p.Split(':')[1].Split(' ')[0]).ShouldBe(
            ["Workers:OutboxRetrySeconds", "Workers:OutboxLeaseSeconds"], ignoreOrder: true);
    }

    [Fact]
    public async Task without_a_configured_password_the_demo_users_get_a_generated_one_once()
    {
        await using var server = new UnseededServer();
        var seeder = server.Services.GetRequiredService<DemoUserSeeder>();

        var password = await seeder.SeedAsync(new SeedOptions(), CancellationToken.None);

        password.ShouldNotBeNull();
        password.Length.ShouldBeGreaterThanOrEqualTo(16);
        (await seeder.SeedAsync(new SeedOptions(), CancellationToken.None)).ShouldBeNull();
        var login = await server.Anonymous().PostAsJsonAsync("/api/auth/login", new { username = "manager", password });
        login.EnsureSuccessStatusCode();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ServerSettings Load(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["PublicBaseUrl"] = "http://localhost:5180",
                ["Smtp:From"] = "Agency <hello@agency.example>",
            })
            .AddInMemoryCollection(values)
            .Build();
        return ServerSettingsLoader.Load(configuration, ContentRoot);
    }

    private sealed class UnseededServer : ServerFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Seed:DemoUsers"] = "false";
            settings.Remove("Seed:DemoPassword");
            return settings;
        }
    }
}
