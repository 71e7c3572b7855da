namespace WorkflowAgency.Engine.State;

public enum OutboxStatus
{
    Pending,
    Sent,

    /// <summary>Given up on: the server refused it for good; an incident says why.</summary>
    Failed,
}
