using System.Text.Json.Nodes;

namespace WorkflowAgency.Server.Features.Tasks.Complete;

/// <summary>The chosen outcome (optional when the task has only one) and the form's data.</summary>
internal sealed record CompleteRequest(string? Outcome, JsonObject? Data);
