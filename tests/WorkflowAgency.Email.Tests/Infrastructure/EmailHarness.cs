using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkflowAgency.Email.Outbox;
using WorkflowAgency.Engine;
using WorkflowAgency.Engine.Definitions.Versions;
using WorkflowAgency.Engine.Ports;
using WorkflowAgency.Engine.Runtime;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence;
using WorkflowAgency.Persistence.Sqlite;
using WorkflowAgency.Templating;

namespace WorkflowAgency.Email.Tests.Infrastructure;

/// <summary>
/// The engine wired as the server wires it (Scriban templates, EF Core on a SQLite file, the email adapter) on a
/// fake clock. Each harness is one "process": two on one file are two nodes, a new one after disposing is a restart.
/// </summary>
internal sealed class EmailHarness : IAsyncDisposable
{
    public const string AgencyAddress = "hello@agency.test";
    public const string ClientAddress = "ada@example.com";

    public static readonly Actor Account = Actor.User("account1", "account");
    public static readonly Actor OtherAccount = Actor.User("account2", "account");
    public static readonly Actor Operations = Actor.User("ops1", "operations");

    private readonly ServiceProvider _services;

    private EmailHarness(ServiceProvider services, FakeTimeProvider time)
    {
        _services = services;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public WorkflowEngine Engine => _services.GetRequiredService<WorkflowEngine>();

    public OutboxWorker Worker => _services.GetRequiredService<OutboxWorker>();

    public IOutboxStore Outbox => _services.GetRequiredService<IOutboxStore>();

    public TimerWorker Timers => _services.GetRequiredService<TimerWorker>();

    public DefinitionService Definitions => _services.GetRequiredService<DefinitionService>();

    public static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Sends through <paramref name="smtp"/> (plain SMTP on loopback); <paramref name="configure"/> adjusts the rest.</summary>
    public static Task<EmailHarness> OpenAsync(
        string databasePath, FakeTimeProvider time, TestSmtpServer smtp, Action<EmailOptions>? configure = null, string? templatesRoot = null) =>
        OpenAsync(databasePath, time, options =>
        {
            options.Smtp.Host = "127.0.0.1";
            options.Smtp.Port = smtp.Port;
            options.Smtp.Security = MailKit.Security.SecureSocketOptions.None;
            options.Smtp.Timeout = TimeSpan.FromSeconds(10);
            configure?.Invoke(options);
        }, templatesRoot);

    /// <summary>Opens (and migrates) the database at <paramref name="databasePath"/> with the email options given.</summary>
    public static async Task<EmailHarness> OpenAsync(string databasePath, FakeTimeProvider time, Action<EmailOptions> configure, string? templatesRoot = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddTemplating(o => o.TemplatesRoot = templatesRoot ?? Path.Combine(AppContext.BaseDirectory, "Fixtures", "templates"))
            .AddPersistence(o => o.ConnectionString = SqliteConnectionStrings.ForFile(databasePath))
            .AddEmail(options =>
            {
                options.From = $"\"The Agency\" <{AgencyAddress}>";
                configure(options);
            })
            .AddWorkflowEngine()
            .AddClientLinks(o =>
            {
                o.BaseUrl = new Uri("https://agency.test/");
                o.Key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
            })
            .BuildServiceProvider();
        await services.GetRequiredService<IWorkflowDatabase>().MigrateAsync();
        return new EmailHarness(services, time);
    }

    public async Task PublishAsync(string fixture = "proposal-email")
    {
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture + ".json"));
        var result = await _services.GetRequiredService<DefinitionService>().SaveAndPublishAsync(json, "test", Operations);
        result.Error.ShouldBeNull();
    }

    public async Task<Guid> StartAsync(string definitionId = "proposal-email", string client = "Acme Ltd")
    {
        var result = await Engine.StartAsync(
            new StartEngagement { DefinitionId = definitionId, Client = new ClientInfo("Ada Lovelace", client, ClientAddress), Owner = "account1" },
            Actor.User("sales-api", "integration"));
        result.Error.ShouldBeNull();
        return result.Value;
    }

    /// <summary>Starts an engagement and completes its first task, which queues the proposal email.</summary>
    public async Task<Guid> QueueProposalAsync(string note = "first draft", string client = "Acme Ltd")
    {
        var id = await StartAsync(client: client);
        var draft = await OpenTaskAsync(id, "draft");
        (await Engine.CompleteTaskAsync(draft.Id, null, new JsonObject { ["note"] = note }, Account)).Error.ShouldBeNull();
        return id;
    }

    public async Task<T> QueryAsync<T>(Func<WorkflowDbContext, Task<T>> query)
    {
        var factory = _services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await query(db);
    }

    public Task<WorkTask> OpenTaskAsync(Guid engagementId, string stepId) =>
        QueryAsync(db => db.Tasks.AsNoTracking().SingleAsync(t => t.EngagementId == engagementId && t.StepId == stepId && t.Status == WorkTaskStatus.Open));

    public Task<List<WorkTask>> OpenTasksAsync(Guid engagementId) =>
        QueryAsync(db => db.Tasks.AsNoTracking().Where(t => t.EngagementId == engagementId && t.Status == WorkTaskStatus.Open).OrderBy(t => t.StepId).ToListAsync());

    public Task<Engagement> EngagementAsync(Guid id) => QueryAsync(db => db.Engagements.AsNoTracking().SingleAsync(e => e.Id == id));

    public Task<List<JournalEntry>> JournalAsync(Guid engagementId) =>
        QueryAsync(db => db.Journal.AsNoTracking().Where(j => j.EngagementId == engagementId).OrderBy(j => j.Id).ToListAsync());

    public Task<List<OutboxMessage>> OutboxAsync(Guid engagementId) =>
        QueryAsync(db => db.Outbox.AsNoTracking().Where(m => m.EngagementId == engagementId).ToListAsync());

    public Task<OutboxMessage> EmailAsync(Guid engagementId) =>
        QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.EngagementId == engagementId));

    public Task<List<Incident>> IncidentsAsync(Guid engagementId) =>
        QueryAsync(db => db.Incidents.AsNoTracking().Where(i => i.EngagementId == engagementId).ToListAsync());

    public Task<List<JournalEntryKind>> JournalKindsAsync(Guid engagementId) =>
        QueryAsync(db => db.Journal.AsNoTracking().Where(j => j.EngagementId == engagementId).OrderBy(j => j.Id).Select(j => j.Kind).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
