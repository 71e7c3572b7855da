using System.Text.Json.Nodes;

namespace WorkflowAgency.Engine.Steps;

/// <summary>Something from outside that a waiting step was waiting for.</summary>
internal abstract record ResumeEvent
{
    public abstract string Describe();

    internal sealed record TaskCompleted(string Outcome) : ResumeEvent
    {
        public override string Describe() => $"task outcome '{Outcome}'";
    }

    internal sealed record ClientResponded(string Response, JsonObject Data) : ResumeEvent
    {
        public override string Describe() => $"client response '{Response}'";
    }

    internal sealed record SignalReceived(string Name, JsonObject Data) : ResumeEvent
    {
        public override string Describe() => $"signal '{Name}'";
    }

    /// <summary>A timer fell due, or a client or signal wait ran out of time.</summary>
    internal sealed record TimeReached : ResumeEvent
    {
        public override string Describe() => "its due time";
    }
}
