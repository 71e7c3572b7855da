namespace WorkflowAgency.Engine.State;

/// <summary>Task priority; the numeric order is the inbox sort order.</summary>
public enum TaskPriority
{
    Low = 0,
    Normal = 1,
    High = 2,
    Urgent = 3,
}
