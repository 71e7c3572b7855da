namespace WorkflowAgency.Engine.State;

public enum TokenStatus
{
    /// <summary>About to execute its step.</summary>
    Ready,

    /// <summary>Parked on a task, timer, client link or signal.</summary>
    Waiting,

    /// <summary>Its step failed; an incident holds the reason.</summary>
    Faulted,
}
