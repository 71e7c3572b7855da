namespace WorkflowAgency.Email.Tests.Infrastructure;

/// <summary>How the test SMTP server answers the next messages.</summary>
internal enum SmtpAnswer
{
    /// <summary>250, and the message is kept.</summary>
    Accept,

    /// <summary>451 to the message data: try again later.</summary>
    Defer,

    /// <summary>550 to the message data: refused for good.</summary>
    Reject,

    /// <summary>550 to RCPT TO: no such mailbox.</summary>
    RejectRecipient,
}
