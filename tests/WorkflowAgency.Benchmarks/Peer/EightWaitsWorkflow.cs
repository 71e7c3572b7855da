using WorkflowCore.Interface;

namespace WorkflowAgency.Benchmarks.Peer;

/// <summary>The benchmark's shape in WorkflowCore: eight steps in a row, each waiting for an external event (a task completed).</summary>
internal sealed class EightWaitsWorkflow(Progress progress) : IWorkflow<EightWaitsData>
{
    public const int Steps = 8;

    public string Id => "eight-waits";

    public int Version => 1;

    public static string EventName(int step) => $"task-{step}-completed";

    public void Build(IWorkflowBuilder<EightWaitsData> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IStepBuilder<EightWaitsData, WorkflowCore.Primitives.ActionStepBody> step = builder.StartWith(_ => progress.Pass(0));
        for (var i = 1; i <= Steps; i++)
        {
            var point = i;
            step = step.WaitFor(EventName(point), data => data.Key).Then(_ => progress.Pass(point));
        }
    }
}
