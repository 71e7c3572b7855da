using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace WorkflowAgency.Email.Sending;

/// <summary>Decides, from what MailKit threw, whether a failed send is worth trying again.</summary>
/// <remarks>
/// The SMTP reply code is the server's own verdict: 4xx means "not now" and 5xx "never like this" (RFC 5321 §4.2.1).
/// Anything that happened before the server could judge the message (no connection, a dropped one, a garbled reply,
/// TLS or login trouble) says nothing about the message itself, so it is retried; a setting that stays wrong ends
/// in an incident once the attempts run out.
/// </remarks>
internal static class SmtpFailures
{
    /// <summary>The result for <paramref name="exception"/>, or null when it is not a delivery failure (a bug: let it surface).</summary>
    public static SendResult? Classify(Exception exception) => exception switch
    {
        SmtpCommandException command => FromReply(command),
        AuthenticationException => SendResult.Transient("the SMTP server did not accept the configured credentials"),
        SslHandshakeException => SendResult.Transient("the TLS handshake with the SMTP server failed: " + exception.Message),
        ProtocolException or ServiceNotConnectedException => SendResult.Transient("the SMTP conversation broke off: " + exception.Message),
        SocketException socket => SendResult.Transient($"cannot reach the SMTP server ({socket.SocketErrorCode}): {socket.Message}"),
        IOException or TimeoutException => SendResult.Transient("the connection to the SMTP server failed: " + exception.Message),
        _ => null,
    };

    private static SendResult FromReply(SmtpCommandException exception)
    {
        var code = (int)exception.StatusCode;
        var what = exception.ErrorCode switch
        {
            SmtpErrorCode.RecipientNotAccepted => $"the server refused the recipient {exception.Mailbox?.Address}",
            SmtpErrorCode.SenderNotAccepted => $"the server refused the sender {exception.Mailbox?.Address}",
            SmtpErrorCode.MessageNotAccepted => "the server refused the message",
            _ => "the server answered",
        };
        var reason = string.Create(CultureInfo.InvariantCulture, $"{what}: {code} {exception.Message}");
        return code >= 500 ? SendResult.Permanent(reason) : SendResult.Transient(reason);
    }
}
