using System.Diagnostics;

namespace WorkflowAgency.Benchmarks;

/// <summary>Wall-clock and process CPU time over the timed parts of a measurement.</summary>
/// <remarks>
/// On a shared machine a round's wall-clock rate swings with the neighbours' load; the CPU time the process
/// itself spent on the same work swings far less, so both are reported. CPU time leaves out what a
/// transaction waits for (fsync), which is why it complements the wall-clock rate rather than replacing it.
/// </remarks>
internal sealed class Clock
{
    private long _startedAt;
    private TimeSpan _cpuAtStart;

    public TimeSpan Wall { get; private set; }

    public TimeSpan Cpu { get; private set; }

    public void Start()
    {
        _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        _startedAt = Stopwatch.GetTimestamp();
    }

    public void Stop()
    {
        Wall += Stopwatch.GetElapsedTime(_startedAt);
        Cpu += Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
    }

    /// <summary>Operations per wall-clock second and per CPU second.</summary>
    public Rate RateOf(int operations) => new(operations / Wall.TotalSeconds, operations / Cpu.TotalSeconds);
}
