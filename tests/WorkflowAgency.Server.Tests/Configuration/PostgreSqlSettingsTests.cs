using Microsoft.Extensions.Configuration;
using WorkflowAgency.Server.Configuration;

namespace WorkflowAgency.Server.Tests.Configuration;

/// <summary><c>Database:Provider = PostgreSql</c>: accepted, with a connection string that names server and database.</summary>
public sealed class PostgreSqlSettingsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "workflowagency-settings-tests", Guid.NewGuid().ToString("N"));

    private string ContentRoot => Path.Combine(_root, "engine", "WorkflowAgency.Server");

    public PostgreSqlSettingsTests()
    {
        Directory.CreateDirectory(ContentRoot);
        Directory.CreateDirectory(Path.Combine(_root, "templates"));
        Directory.CreateDirectory(Path.Combine(_root, "workflows"));
    }

    [Fact]
    public void postgresql_is_accepted_with_its_connection_string_as_given_and_no_database_file_is_made()
    {
        var settings = Load(new()
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = "Host=db.internal;Database=workflowagency;Username=wa;Password=secret",
            ["ClientLinks:Key"] = Convert.ToBase64String(new byte[32]),
        });

        settings.DatabaseProvider.ShouldBe("PostgreSql");
        settings.ConnectionString.ShouldContain("Host=db.internal");
        settings.ConnectionString.ShouldContain("Database=workflowagency");
        File.Exists(Path.Combine(ContentRoot, "data", "workflowagency.db")).ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Host=db.internal")]
    [InlineData("Database=workflowagency")]
    [InlineData("Hots=db.internal;Database=x")]
    public void postgresql_without_a_usable_connection_string_is_refused_naming_the_key(string? connectionString)
    {
        var error = Should.Throw<InvalidConfigurationException>(() => Load(new()
        {
            ["Database:Provider"] = "postgresql",
            ["Database:ConnectionString"] = connectionString,
        }));

        error.Problems.ShouldHaveSingleItem().ShouldStartWith("Database:ConnectionString:");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

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
}
