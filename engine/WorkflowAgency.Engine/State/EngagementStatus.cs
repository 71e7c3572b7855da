namespace WorkflowAgency.Engine.State;

/// <summary>Where an engagement is in its life.</summary>
public enum EngagementStatus
{
    /// <summary>Executing steps right now (only ever seen inside a transition).</summary>
    Running,

    /// <summary>Every path waits: for a person, the client, a timer or a signal.</summary>
    Waiting,

    /// <summary>A step failed; an open incident explains it and can be retried.</summary>
    Faulted,

    Completed,

    Cancelled,
}
