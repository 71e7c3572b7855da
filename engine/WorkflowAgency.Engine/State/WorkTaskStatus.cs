namespace WorkflowAgency.Engine.State;

public enum WorkTaskStatus
{
    Open,
    Completed,

    /// <summary>Withdrawn by the process: its stage ended another way, or the engagement was cancelled.</summary>
    Cancelled,
}
