namespace WorkflowAgency.Engine.Ports;

public enum CommitResult
{
    Committed,

    /// <summary>Someone else changed the same rows first; nothing was written.</summary>
    Conflict,
}
