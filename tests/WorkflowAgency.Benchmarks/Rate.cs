namespace WorkflowAgency.Benchmarks;

/// <summary>Operations per wall-clock second, and per second of the process's own CPU time.</summary>
internal readonly record struct Rate(double PerSecond, double PerCpuSecond);
