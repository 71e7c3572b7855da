using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace WorkflowAgency.Persistence.Tests.Infrastructure;

/// <summary>
/// Gives each test a fresh, migrated database of the provider a subclass chooses, wired through
/// <see cref="PersistenceServiceCollectionExtensions.AddPersistence"/> exactly as the server wires it.
/// </summary>
public abstract class PersistenceTestBase : IAsyncLifetime
{
    private ServiceProvider? _services;

    protected ITestDatabase Database { get; private set; } = null!;

    protected IServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialised.");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new empty database of the provider under test.</summary>
    protected abstract ITestDatabase CreateDatabase();

    /// <summary>Whether to apply the migrations before the test; migration tests do it themselves.</summary>
    protected virtual bool MigrateFirst => true;

    public async ValueTask InitializeAsync()
    {
        Database = CreateDatabase();
        await Database.CreateAsync(Ct);
        _services = new ServiceCollection()
            .AddPersistence(Database.Configure)
            .BuildServiceProvider();

        if (MigrateFirst)
        {
            await Services.GetRequiredService<IWorkflowDatabase>().MigrateAsync(Ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A context of its own, for looking at what a store wrote.</summary>
    protected async Task<T> QueryAsync<T>(Func<WorkflowDbContext, Task<T>> query)
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(Ct);
        return await query(db);
    }
}
