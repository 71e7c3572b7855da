namespace WorkflowAgency.Engine.State;

public enum WaitKind
{
    Timer,
    ClientResponse,
    Signal,
}
