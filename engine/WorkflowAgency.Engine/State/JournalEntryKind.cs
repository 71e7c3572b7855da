namespace WorkflowAgency.Engine.State;

public enum JournalEntryKind
{
    EngagementStarted,
    StageEntered,
    StageExited,
    StepCompleted,
    TaskCreated,
    TaskClaimed,
    TaskReleased,
    TaskReassigned,
    TaskCompleted,
    TaskCancelled,
    TimerFired,
    ClientResponded,
    SignalReceived,
    VariablesChanged,
    DocumentRendered,
    EmailQueued,
    EmailSent,
    EmailFailed,
    IncidentRaised,
    IncidentResolved,
    EngagementCompleted,
    EngagementCancelled,
}
