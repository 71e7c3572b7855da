namespace WorkflowAgency.Email.Sending;

/// <summary>Hands one email to whatever delivers it (an SMTP server, a pickup folder).</summary>
public interface IEmailSender
{
    /// <summary>Sends <paramref name="email"/> once; says whether it went, or why not and whether trying again can help.</summary>
    /// <remarks>Expected failures (a server that is down or refuses) are results, never exceptions.</remarks>
    Task<SendResult> SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default);
}
