using Microsoft.EntityFrameworkCore;
using WorkflowAgency.Engine.State;
using WorkflowAgency.Persistence.Configurations;
using WorkflowAgency.Persistence.Conversions;

namespace WorkflowAgency.Persistence;

/// <summary>
/// The workflow database: engagements and everything hanging off them, plus definition drafts and versions.
/// The engine's state classes are mapped as they are (no attributes); see <c>Configurations/</c>.
/// </summary>
/// <remarks>
/// Obtain it from <see cref="IDbContextFactory{TContext}"/>: contexts are pooled and short-lived.
/// Rows hanging off an engagement reference it with a cascading foreign key: engagements are only ever deleted
/// by a deliberate purge (e.g. a client's erasure request), and that must take everything about them along.
/// </remarks>
/// <remarks>
/// Not sealed only so each database engine can have a context type of its own, which is what keeps its migrations
/// apart (EF binds a migration to a context type): this type carries the SQLite ones, <c>PostgreSql/</c> the others.
/// </remarks>
public class WorkflowDbContext : DbContext
{
    /// <summary>A context over <paramref name="options"/>; the SQLite migrations belong to this type.</summary>
    public WorkflowDbContext(DbContextOptions<WorkflowDbContext> options)
        : base(options)
    {
    }

    /// <summary>For an engine's own context type, with options of that type.</summary>
    protected WorkflowDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Engagement> Engagements => Set<Engagement>();

    public DbSet<WorkTask> Tasks => Set<WorkTask>();

    public DbSet<Wait> Waits => Set<Wait>();

    public DbSet<JournalEntry> Journal => Set<JournalEntry>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<StoredDocument> Documents => Set<StoredDocument>();

    public DbSet<DefinitionDraft> DefinitionDrafts => Set<DefinitionDraft>();

    public DbSet<PublishedDefinition> DefinitionVersions => Set<PublishedDefinition>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Every timestamp is UTC; this also covers DateTime? properties.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.ApplyConfiguration(new DefinitionDraftConfiguration());
        modelBuilder.ApplyConfiguration(new PublishedDefinitionConfiguration());
        modelBuilder.ApplyConfiguration(new EngagementConfiguration());
        modelBuilder.ApplyConfiguration(new WorkTaskConfiguration());
        modelBuilder.ApplyConfiguration(new WaitConfiguration());
        modelBuilder.ApplyConfiguration(new JournalEntryConfiguration());
        modelBuilder.ApplyConfiguration(new IncidentConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new StoredDocumentConfiguration());
    }
}
