namespace WorkflowAgency.CrashSafety.Tests.Load;

/// <summary>One "complete this task" request the load made, and what came of it.</summary>
internal sealed record CompletionRequest(Guid TaskId, Guid EngagementId, string StepId, string User, string Outcome, Outcome Result, int Round);
