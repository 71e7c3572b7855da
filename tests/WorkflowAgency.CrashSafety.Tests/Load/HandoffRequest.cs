namespace WorkflowAgency.CrashSafety.Tests.Load;

/// <summary>One Sales handoff the load made, told apart by the client's unique email, and the engagement it created if the answer came.</summary>
internal sealed record HandoffRequest(string ClientEmail, Guid? EngagementId, Outcome Result, int Round);
