using System.Text.Json.Nodes;
using WorkflowAgency.CrashSafety.Tests.Infrastructure;

namespace WorkflowAgency.CrashSafety.Tests.Verification;

/// <summary>One engagement as the API shows it: its detail (status, stage, open tasks, emails, incidents) and its journal.</summary>
internal sealed record StoredEngagement(Guid Id, JsonObject Detail, IReadOnlyList<JsonObject> Journal)
{
    public string Status => Detail["engagement"]!["status"]!.GetValue<string>();

    public string? Stage => Detail["engagement"]!["stage"]?.GetValue<string>();

    public string ClientEmail => Detail["engagement"]!["clientEmail"]!.GetValue<string>();

    public IReadOnlyList<string> OpenSteps => [.. Detail["openTasks"]!.AsArray().Select(t => t!["stepId"]!.GetValue<string>())];

    public IReadOnlyList<JsonObject> Emails => [.. Detail["emails"]!.AsArray().Select(e => e!.AsObject())];

    public IReadOnlyList<string> Incidents => [.. Detail["incidents"]!.AsArray().Select(i => i!["message"]!.GetValue<string>())];

    /// <summary>The task completions that committed, in order: the task, its step and outcome.</summary>
    public IReadOnlyList<(Guid Task, string StepId, string? Outcome)> Completions =>
        [.. Of("taskCompleted").Select(e => (Guid.Parse(e["data"]!["task"]!.GetValue<string>()), e["stepId"]!.GetValue<string>(), e["outcome"]?.GetValue<string>()))];

    /// <summary>The emails that committed with a transition: their template and Message-Id.</summary>
    public IReadOnlyList<(string Template, string MessageId)> QueuedEmails =>
        [.. Of("emailQueued").Select(e => (e["data"]!["template"]!.GetValue<string>(), MessageIds.Normalize(e["data"]!["messageId"]!.GetValue<string>())))];

    public static async Task<StoredEngagement> LoadAsync(StaffClient client, Guid id) =>
        new(id, await client.EngagementAsync(id), await client.JournalAsync(id));

    private IEnumerable<JsonObject> Of(string kind) => Journal.Where(e => e["kind"]!.GetValue<string>() == kind);
}
