namespace WorkflowAgency.Benchmarks.Peer;

/// <summary>How many instances got past each point of the peer workflow (0: started, k: event k consumed).</summary>
internal sealed class Progress
{
    private readonly int[] _passed = new int[EightWaitsWorkflow.Steps + 1];

    public void Pass(int point) => Interlocked.Increment(ref _passed[point]);

    public int Passed(int point) => Volatile.Read(ref _passed[point]);

    public async Task WaitAsync(int point, int count)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (Passed(point) < count)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"WorkflowCore: only {Passed(point)} of {count} instances passed point {point}.");
            await Task.Delay(1);
        }
    }
}
