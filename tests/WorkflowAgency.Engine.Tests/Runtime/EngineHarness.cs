using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkflowAgency.Engine.Definitions.Versions;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence;
using WorkflowAgency.Persistence.Sqlite;
using WorkflowAgency.Persistence.Tests.Infrastructure;
using WorkflowAgency.Templating;

namespace WorkflowAgency.Engine.Tests.Runtime;

/// <summary>
/// The engine wired as the server wires it: Scriban expressions, EF Core on a fresh SQLite file (or a database of the
/// test's choosing, such as PostgreSQL), a fake clock. Disposing keeps the file when the harness was opened on an
/// existing path, so a test can "restart".
/// </summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    public static readonly Actor Account = Actor.User("account1", "account");
    public static readonly Actor OtherAccount = Actor.User("account2", "account");
    public static readonly Actor Manager = Actor.User("manager1", "manager");
    public static readonly Actor Creative = Actor.User("creative1", "creative");
    public static readonly Actor Planning = Actor.User("planning1", "planning");
    public static readonly Actor Production = Actor.User("production1", "production");
    public static readonly Actor Operations = Actor.User("ops1", "operations");

    /// <summary>A per-run key, as a real deployment would load one from its secret store.</summary>
    public static readonly byte[] LinkKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    private readonly ServiceProvider _services;
    private readonly string? _ownedFolder;
    private ITestDatabase? _ownedDatabase;

    private EngineHarness(ServiceProvider services, string databasePath, TimeProvider clock, string? ownedFolder)
    {
        _services = services;
        DatabasePath = databasePath;
        Clock = clock;
        _ownedFolder = ownedFolder;
    }

    public string DatabasePath { get; }

    public TimeProvider Clock { get; }

    /// <summary>The fake clock most tests drive by hand.</summary>
    public FakeTimeProvider Time => (FakeTimeProvider)Clock;

    public WorkflowEngine Engine => _services.GetRequiredService<WorkflowEngine>();

    /// <summary>The wiring, for a test that builds an engine of its own around a different store.</summary>
    public IServiceProvider Services => _services;

    public DefinitionService Definitions => _services.GetRequiredService<DefinitionService>();

    public IEngagementStore Store => _services.GetRequiredService<IEngagementStore>();

    public TimerWorker Timers => _services.GetRequiredService<TimerWorker>();

    public Links.SignedLinks Links => _services.GetRequiredService<Links.SignedLinks>();

    /// <summary>A fresh database file in a temp folder that is deleted on dispose.</summary>
    public static Task<EngineHarness> StartAsync(TimeProvider? time = null, string? templatesRoot = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "wa-engine-tests", Guid.NewGuid().ToString("N"));
        return OpenAsync(Path.Combine(folder, "engine.db"), time, ownedFolder: folder, templatesRoot);
    }

    /// <summary>Opens (and migrates) the database at <paramref name="path"/>, leaving it in place on dispose.</summary>
    public static Task<EngineHarness> OpenAsync(string path, FakeTimeProvider? time = null) => OpenAsync(path, time, ownedFolder: null, templatesRoot: null);

    /// <summary>
    /// A fresh <paramref name="database"/> (e.g. PostgreSQL, skipped when its server is missing), removed on dispose:
    /// for behaviour that must be the same whichever provider stores it.
    /// </summary>
    public static async Task<EngineHarness> StartAsync(ITestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        await database.CreateAsync(TestContext.Current.CancellationToken);
        var harness = await OpenAsync(database.Configure, path: "", time: null, ownedFolder: null, templatesRoot: null);
        harness._ownedDatabase = database;
        return harness;
    }

    private static Task<EngineHarness> OpenAsync(string path, TimeProvider? time, string? ownedFolder, string? templatesRoot) =>
        OpenAsync(o => o.ConnectionString = SqliteConnectionStrings.ForFile(path), path, time, ownedFolder, templatesRoot);

    private static async Task<EngineHarness> OpenAsync(
        Action<PersistenceOptions> database, string path, TimeProvider? time, string? ownedFolder, string? templatesRoot)
    {
        time ??= new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddTemplating(o => o.TemplatesRoot = templatesRoot ?? TestTemplates.Root)
            .AddPersistence(database)
            .AddWorkflowEngine()
            .AddClientLinks(o =>
            {
                o.BaseUrl = new Uri("https://agency.test/");
                o.Key = LinkKey;
            })
            .BuildServiceProvider();
        await services.GetRequiredService<IWorkflowDatabase>().MigrateAsync();
        return new EngineHarness(services, path, time, ownedFolder);
    }

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Runtime", "Fixtures", name + ".json"));

    public async Task<PublishedDefinition> PublishAsync(string fixture)
    {
        var result = await Definitions.SaveAndPublishAsync(Fixture(fixture), "test", Operations);
        result.Error.ShouldBeNull();
        return result.Value!;
    }

    public async Task<Guid> StartAsync(string definitionId, string? owner = "account1", string client = "Acme Ltd", System.Text.Json.Nodes.JsonObject? variables = null)
    {
        var result = await Engine.StartAsync(
            new StartEngagement
            {
                DefinitionId = definitionId,
                Client = new ClientInfo("Ada Lovelace", client, "ada@example.com"),
                Owner = owner,
                Variables = variables,
            },
            Actor.User("sales-api", "integration"));
        result.Error.ShouldBeNull();
        return result.Value;
    }

    public async Task<T> QueryAsync<T>(Func<WorkflowDbContext, Task<T>> query)
    {
        var factory = _services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await query(db);
    }

    public Task<Engagement> EngagementAsync(Guid id) => QueryAsync(db => db.Engagements.AsNoTracking().SingleAsync(e => e.Id == id));

    public Task<List<WorkTask>> OpenTasksAsync(Guid id) =>
        QueryAsync(db => db.Tasks.AsNoTracking().Where(t => t.EngagementId == id && t.Status == WorkTaskStatus.Open).OrderBy(t => t.StepId).ToListAsync());

    public async Task<WorkTask> OpenTaskAsync(Guid id, string stepId) =>
        (await OpenTasksAsync(id)).Single(t => t.StepId == stepId);

    public Task<List<JournalEntry>> JournalAsync(Guid id) =>
        QueryAsync(db => db.Journal.AsNoTracking().Where(j => j.EngagementId == id).OrderBy(j => j.Id).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        // Pooled connections keep the file open; release them so a "restarted" harness or the cleanup sees it closed.
        SqliteConnection.ClearAllPools();
        if (_ownedFolder is not null && Directory.Exists(_ownedFolder))
            Directory.Delete(_ownedFolder, recursive: true);
        if (_ownedDatabase is not null)
            await _ownedDatabase.DisposeAsync();
    }
}
