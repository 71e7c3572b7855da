namespace WorkflowAgency.Benchmarks;

/// <summary>How much work each measurement does; rounds are repeated and the median kept.</summary>
internal sealed record BenchmarkSettings(int Engagements, int Rounds)
{
    public static BenchmarkSettings Quick { get; } = new(Engagements: 200, Rounds: 3);

    public static BenchmarkSettings Full { get; } = new(Engagements: 1_000, Rounds: 5);

    public override string ToString() => $"{Engagements} engagements × 8 tasks, median of {Rounds} rounds";
}
