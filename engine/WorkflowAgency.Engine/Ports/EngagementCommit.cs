using WorkflowAgency.Engine.State;

namespace WorkflowAgency.Engine.Ports;

/// <summary>Everything one transition changed, to be written in one transaction.</summary>
public sealed class EngagementCommit
{
    public required Engagement Engagement { get; init; }

    /// <summary>True when the engagement row is new (a start).</summary>
    public bool IsNew { get; init; }

    /// <summary>The <see cref="Engagement.Revision"/> read before the change; the row must still have it.</summary>
    public int ExpectedRevision { get; init; }

    public List<WorkTask> AddedTasks { get; } = [];

    /// <summary>Tasks completed or cancelled; each must still have the revision it was read with (<see cref="TaskRevisions"/>).</summary>
    public List<WorkTask> UpdatedTasks { get; } = [];

    /// <summary>Expected revision per updated task id, as read.</summary>
    public Dictionary<Guid, int> TaskRevisions { get; } = [];

    /// <summary>Open tasks to withdraw by id (their stage ended another way, or the engagement was cancelled).</summary>
    public List<Guid> CancelledTaskIds { get; } = [];

    public List<Wait> AddedWaits { get; } = [];

    public List<Guid> RemovedWaitIds { get; } = [];

    public List<JournalEntry> Journal { get; } = [];

    public List<Incident> AddedIncidents { get; } = [];

    public List<Incident> UpdatedIncidents { get; } = [];

    /// <summary>Open incidents whose path was withdrawn (its stage ended another way, or a cancel): closed by the system.</summary>
    public List<Guid> ClosedIncidentIds { get; } = [];

    public List<OutboxMessage> Outbox { get; } = [];

    public List<StoredDocument> Documents { get; } = [];
}
