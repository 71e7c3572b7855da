using System.Text.Json.Nodes;

namespace WorkflowAgency.CrashSafety.Tests.Load;

/// <summary>How the load completes one task: who does it, with which outcome and form data.</summary>
internal sealed record StepAction(string User, string? Outcome, JsonObject? Data);
