namespace WorkflowAgency.Email.Sending;

/// <summary>The message was refused for good; only a fix (an address, the server's settings) makes it sendable.</summary>
/// <param name="Reason">What went wrong, fit to show to staff (never a password or the message body).</param>
public sealed record PermanentFailure(string Reason) : SendResult;
