namespace WorkflowAgency.CrashSafety.Tests.Load;

/// <summary>Where committed completions must have taken an engagement.</summary>
/// <param name="OpenStep">The task open now; null once the proposal went out.</param>
/// <param name="Emails">The templates of the emails owed so far.</param>
/// <param name="Problem">Set when a completion did not fit the process at that point.</param>
internal sealed record Replay(string? OpenStep, IReadOnlyList<string> Emails, string? Problem);
