using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Persistence.Sqlite;

namespace WorkflowAgency.Persistence.Tests;

public sealed class AddPersistenceTests
{
    [Fact]
    public void options_without_a_connection_string_or_with_an_unknown_provider_are_refused_with_every_problem()
    {
        var services = new ServiceCollection();

        var error = Should.Throw<ArgumentException>(() => services.AddPersistence(o => o.Provider = "Oracle"));

        error.Message.ShouldContain("ConnectionString is required.");
        error.Message.ShouldContain("Provider 'Oracle' is not supported");
    }

    [Fact]
    public void a_sqlite_file_connection_string_creates_the_folder_and_is_pooled_with_a_busy_timeout()
    {
        var folder = Path.Combine(Path.GetTempPath(), "workflow-persistence-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var connectionString = SqliteConnectionStrings.ForFile(Path.Combine(folder, "data", "workflow.db"));

            Directory.Exists(Path.Combine(folder, "data")).ShouldBeTrue();
            connectionString.ShouldContain(Path.Combine(folder, "data", "workflow.db"));
            connectionString.ShouldContain("Pooling=True");
            connectionString.ShouldContain("Default Timeout=30");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void the_stores_are_singletons_over_a_pooled_context_factory()
    {
        var folder = Path.Combine(Path.GetTempPath(), "workflow-persistence-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using var provider = new ServiceCollection()
                .AddPersistence(o => o.UseSqliteFile(Path.Combine(folder, "workflow.db")))
                .BuildServiceProvider();

            provider.GetRequiredService<IEngagementStore>().ShouldBeSameAs(provider.GetRequiredService<IEngagementStore>());
            provider.GetRequiredService<IDefinitionStore>().ShouldBeSameAs(provider.GetRequiredService<IDefinitionStore>());
            provider.GetRequiredService<IWorkflowDatabase>().ShouldNotBeNull();
            provider.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().ShouldNotBeNull();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
