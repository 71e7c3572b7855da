using System.Collections.Concurrent;

namespace WorkflowAgency.CrashSafety.Tests.Load;

/// <summary>Everything the load asked of the server and what it was told, across every round: what the audit holds the store to.</summary>
internal sealed class LoadLedger
{
    private readonly ConcurrentQueue<HandoffRequest> _handoffs = new();
    private readonly ConcurrentQueue<CompletionRequest> _completions = new();
    private readonly ConcurrentQueue<string> _unexpected = new();
    private int _acknowledged;

    public IReadOnlyList<HandoffRequest> Handoffs => [.. _handoffs];

    public IReadOnlyList<CompletionRequest> Completions => [.. _completions];

    /// <summary>Answers the load did not expect from a live server (a 500, a 409 nobody raced for, a dropped connection).</summary>
    public IReadOnlyList<string> Unexpected => [.. _unexpected];

    /// <summary>How many requests the server has acknowledged so far: the load's progress.</summary>
    public int AcknowledgedCount => Volatile.Read(ref _acknowledged);

    public void Add(HandoffRequest handoff)
    {
        _handoffs.Enqueue(handoff);
        if (handoff.Result == Outcome.Acknowledged)
            Interlocked.Increment(ref _acknowledged);
    }

    public void Add(CompletionRequest completion)
    {
        _completions.Enqueue(completion);
        if (completion.Result == Outcome.Acknowledged)
            Interlocked.Increment(ref _acknowledged);
    }

    public void Unexpect(string what) => _unexpected.Enqueue(what);
}
