namespace WorkflowAgency.Email.Sending;

/// <summary>The message was accepted for delivery.</summary>
/// <param name="ServerReply">The server's answer to the message data (e.g. a queue id), or where the file went.</param>
public sealed record Sent(string? ServerReply) : SendResult;
