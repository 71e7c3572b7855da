namespace WorkflowAgency.Email.Sending;

/// <summary>The message was not sent, but a later attempt may succeed.</summary>
/// <param name="Reason">What went wrong, fit to show to staff (never a password or the message body).</param>
public sealed record TransientFailure(string Reason) : SendResult;
