namespace WorkflowAgency.Server.Storage;

/// <summary>
/// A message from the client that reached staff outside the client links (a call, an email, a chat), logged so
/// the response-time KPI sees it as a client-originated event.
/// </summary>
internal sealed class ClientMessage
{
    public long Id { get; set; }

    public Guid EngagementId { get; set; }

    /// <summary>When the client sent it; the response time counts from here, not from when it was logged.</summary>
    public DateTime ReceivedAt { get; set; }

    /// <summary><c>email</c>, <c>phone</c>, <c>meeting</c>, <c>chat</c> or <c>other</c>.</summary>
    public required string Channel { get; set; }

    public required string Summary { get; set; }

    public required string LoggedBy { get; set; }

    public DateTime LoggedAt { get; set; }
}
