namespace WorkflowAgency.Benchmarks.Peer;

/// <summary>The peer workflow's data: the key its events are published under.</summary>
internal sealed class EightWaitsData
{
    public string Key { get; set; } = "";
}
