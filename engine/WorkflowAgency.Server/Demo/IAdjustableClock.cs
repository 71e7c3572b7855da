namespace WorkflowAgency.Server.Demo;

/// <summary>A clock the demo history can move, so what it records carries the timestamps of a past year.</summary>
internal interface IAdjustableClock
{
    /// <summary>The <see cref="TimeProvider"/> this clock drives; the demo refuses to run unless it is the one the engine uses.</summary>
    TimeProvider Provider { get; }

    void MoveTo(DateTimeOffset now);

    /// <summary>Back to real time once the history is written.</summary>
    void Release();
}
