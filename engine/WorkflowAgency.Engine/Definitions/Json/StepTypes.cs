namespace WorkflowAgency.Engine.Definitions.Json;

/// <summary>The step type names a definition may use.</summary>
public static class StepTypes
{
    public const string HumanTask = "humanTask";
    public const string SendEmail = "sendEmail";
    public const string RenderDocument = "renderDocument";
    public const string Decision = "decision";
    public const string SetVariables = "setVariables";
    public const string Timer = "timer";
    public const string WaitForClient = "waitForClient";
    public const string WaitForSignal = "waitForSignal";
    public const string Parallel = "parallel";
    public const string Join = "join";

    public static IReadOnlyList<string> All { get; } =
        [HumanTask, SendEmail, RenderDocument, Decision, SetVariables, Timer, WaitForClient, WaitForSignal, Parallel, Join];

    /// <summary>Step types that stop the path until something outside happens; a loop needs one of these.</summary>
    public static IReadOnlySet<string> Waiting { get; } =
        new HashSet<string>(StringComparer.Ordinal) { HumanTask, Timer, WaitForClient, WaitForSignal };
}
