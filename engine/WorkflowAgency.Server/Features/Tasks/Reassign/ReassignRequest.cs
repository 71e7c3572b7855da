namespace WorkflowAgency.Server.Features.Tasks.Reassign;

/// <summary>A user name, or <c>group:x</c> / <c>role:x</c> to offer the task to a team.</summary>
internal sealed record ReassignRequest(string? User);
