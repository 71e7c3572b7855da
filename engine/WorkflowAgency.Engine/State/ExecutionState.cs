namespace WorkflowAgency.Engine.State;

/// <summary>The execution pointers of an engagement within its current stage.</summary>
public sealed class ExecutionState
{
    public List<Token> Tokens { get; set; } = [];

    /// <summary>Parallel splits whose branches have not all reached their join yet.</summary>
    public List<ForkState> Forks { get; set; } = [];
}
