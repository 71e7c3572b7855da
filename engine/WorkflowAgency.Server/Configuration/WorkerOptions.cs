namespace WorkflowAgency.Server.Configuration;

/// <summary>The <c>Workers</c> section: the timer and outbox workers.</summary>
internal sealed class WorkerOptions
{
    public const string Section = "Workers";

    /// <summary>Off in tests that drive timers by hand; on in every real deployment.</summary>
    public bool Enabled { get; set; } = true;

    public int TimerPollSeconds { get; set; } = 5;

    public int OutboxPollSeconds { get; set; } = 5;

    /// <summary>How long a claimed email stays reserved; after a crash mid-send it is sent again once this runs out.</summary>
    public int OutboxLeaseSeconds { get; set; } = 120;

    /// <summary>The wait before a failed email is tried again; it doubles after each further failure.</summary>
    public int OutboxRetrySeconds { get; set; } = 30;
}
