namespace WorkflowAgency.Benchmarks.Databases;

/// <summary>
/// The JSON the engine stores for the eight-tasks workload, written by both raw baselines (SQLite and PostgreSQL), so
/// each writes what the engine writes and the two never drift apart.
/// </summary>
internal static class SameWritesPayloads
{
    /// <summary>The engagement's variables after the start.</summary>
    public const string Variables = """{"client":{"name":"Client 000","company":null,"email":null,"phone":null},"engagement":{"id":"01a22523-388b-778c-ac3b-50e15ed12828","definition":"eight-tasks","version":1,"stage":"work","owner":null,"started_at":"2026-11-29T02:29:54.9550742Z"}}""";

    /// <summary>The execution state with one path waiting on task <paramref name="task"/> at step <paramref name="step"/> (ids in lower case, as the engine writes them).</summary>
    public static string Execution(string token, string task, int step) =>
        $$$"""{"tokens":[{"id":"{{{token}}}","stepId":"t{{{step}}}","status":"Waiting","taskId":"{{{task}}}","waitId":null,"dueAt":null,"incidentId":null,"forks":[]}],"forks":[]}""";

    /// <summary>The journal data of a TaskCreated entry (the task id in lower case).</summary>
    public static string TaskCreated(string task, string title) =>
        $$"""{"task":"{{task}}","title":"{{title}}","assignee":"group:account"}""";
}
