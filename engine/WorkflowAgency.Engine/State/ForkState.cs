namespace WorkflowAgency.Engine.State;

/// <summary>A parallel split in progress: how many branches must reach <see cref="JoinStepId"/> and how many have.</summary>
public sealed class ForkState
{
    public Guid Id { get; set; }

    public required string JoinStepId { get; set; }

    public int Expected { get; set; }

    public int Arrived { get; set; }
}
