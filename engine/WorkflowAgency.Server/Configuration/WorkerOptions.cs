namespace WorkflowAgency.Server.Configuration;

/// <summary>The <c>Workers</c> section: the timer and outbox workers.</summary>
internal sealed class WorkerOptions
{
    public const string Section = "Workers";

    /// <summary>Off in tests that drive timers by hand; on in every real deployment.</summary>
    public bool Enabled { get; set; } = true;

    public int TimerPollSeconds { get; set; } = 5;

    public int OutboxPollSeconds { get; set; } = 5;
}
