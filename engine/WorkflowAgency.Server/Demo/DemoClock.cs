namespace WorkflowAgency.Server.Demo;

/// <summary>
/// The server's clock: the system clock, except while the demo history is being written, when it shows the
/// moment of the history being simulated. Nothing else ever moves it.
/// </summary>
internal sealed class DemoClock : TimeProvider, IAdjustableClock
{
    private DateTimeOffset? _pinned;

    public TimeProvider Provider => this;

    public override DateTimeOffset GetUtcNow() => _pinned ?? System.GetUtcNow();

    public void MoveTo(DateTimeOffset now) => _pinned = now.ToUniversalTime();

    public void Release() => _pinned = null;
}
