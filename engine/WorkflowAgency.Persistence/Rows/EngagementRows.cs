using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Persistence.Rows;

/// <summary>The row maps and statements of the engagement store's hot path.</summary>
/// <remarks>
/// Built once per EF model (compiling the binders and readers takes milliseconds) and shared by every store
/// over that model; EF itself caches the model per provider configuration.
/// </remarks>
internal sealed class EngagementRows
{
    private static readonly ConditionalWeakTable<IModel, EngagementRows> Built = [];

    private EngagementRows(IModel model, ISqlGenerationHelper sql)
    {
        Engagements = RowMapBuilder.Build<Engagement>(model, sql);
        Tasks = RowMapBuilder.Build<WorkTask>(model, sql);
        Waits = RowMapBuilder.Build<Wait>(model, sql);
        Journal = RowMapBuilder.Build<JournalEntry>(model, sql);
        Incidents = RowMapBuilder.Build<Incident>(model, sql);
        Outbox = RowMapBuilder.Build<OutboxMessage>(model, sql);
        Documents = RowMapBuilder.Build<StoredDocument>(model, sql);
        TaskWithdrawal = new TaskWithdrawal(Tasks, sql);
        IncidentClosure = new IncidentClosure(Incidents, sql);
    }

    public RowMap<Engagement> Engagements { get; }

    public RowMap<WorkTask> Tasks { get; }

    public RowMap<Wait> Waits { get; }

    public RowMap<JournalEntry> Journal { get; }

    public RowMap<Incident> Incidents { get; }

    public RowMap<OutboxMessage> Outbox { get; }

    public RowMap<StoredDocument> Documents { get; }

    public TaskWithdrawal TaskWithdrawal { get; }

    public IncidentClosure IncidentClosure { get; }

    /// <summary>The rows of <paramref name="db"/>'s model, built on first use.</summary>
    public static EngagementRows For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);

        var sql = db.GetService<ISqlGenerationHelper>();
        return Built.GetValue(db.Model, model => new EngagementRows(model, sql));
    }
}
