namespace WorkflowAgency.Email.Sending;

/// <summary>How one attempt to send went: <see cref="Sent"/>, <see cref="TransientFailure"/> or <see cref="PermanentFailure"/>.</summary>
public abstract record SendResult
{
    // Only the three outcomes below exist; the worker's decisions rely on that.
    private protected SendResult()
    {
    }

    /// <summary>The server accepted the message; <paramref name="serverReply"/> is what it said.</summary>
    public static SendResult Success(string? serverReply) => new Sent(serverReply);

    /// <summary>Not sent this time, but trying again later may work (server down, busy, 4xx).</summary>
    public static SendResult Transient(string reason) => new TransientFailure(reason);

    /// <summary>Not sent, and sending the same message again will fail the same way (5xx, bad address).</summary>
    public static SendResult Permanent(string reason) => new PermanentFailure(reason);
}
