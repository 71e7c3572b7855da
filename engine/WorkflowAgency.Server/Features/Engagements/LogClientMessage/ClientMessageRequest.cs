namespace WorkflowAgency.Server.Features.Engagements.LogClientMessage;

/// <summary>A client's message as staff log it; <c>receivedAt</c> is ISO 8601 with an offset (<c>2026-03-02T10:15:00Z</c>).</summary>
internal sealed record ClientMessageRequest(string? ReceivedAt, string? Channel, string? Summary);
