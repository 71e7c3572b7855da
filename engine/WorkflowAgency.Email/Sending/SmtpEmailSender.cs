using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace WorkflowAgency.Email.Sending;

/// <summary>Sends through an SMTP server with MailKit: one connection per email, TLS and login as configured.</summary>
public sealed partial class SmtpEmailSender : IEmailSender
{
    private readonly SmtpOptions _smtp;
    private readonly string _host;
    private readonly MailboxAddress _from;
    private readonly ILogger<SmtpEmailSender> _logger;

    /// <summary>Uses <see cref="EmailOptions.From"/> and <see cref="EmailOptions.Smtp"/>, which must be valid.</summary>
    public SmtpEmailSender(EmailOptions options, ILogger<SmtpEmailSender> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        if (!options.UsesSmtp)
            throw new ArgumentException("Smtp.Host is not set.", nameof(options));
        _smtp = options.Smtp;
        _host = options.Smtp.Host!;
        _from = MessageBuilder.TryParseMailbox(options.From, out var from)
            ? from
            : throw new ArgumentException("From is not a valid email address.", nameof(options));
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task<SendResult> SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (!MessageBuilder.TryBuild(email, _from, out var message, out var problem))
            return SendResult.Permanent(problem);

        using (message)
        using (var client = new SmtpClient { Timeout = (int)_smtp.Timeout.TotalMilliseconds })
        {
            string reply;
            try
            {
                await client.ConnectAsync(_host, _smtp.Port, _smtp.Security, cancellationToken);
                if (!string.IsNullOrEmpty(_smtp.UserName))
                    await client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? string.Empty, cancellationToken);

                // MailKit 4 returns the server's reply to the end of DATA, e.g. "2.0.0 Ok: queued as 4F2A1".
                reply = await client.SendAsync(message, cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return SendResult.Transient("the SMTP server did not answer in time");
            }
            catch (Exception exception) when (SmtpFailures.Classify(exception) is { } failure)
            {
                LogNotSent(exception, email.MessageId);
                return failure;
            }

            await QuitAsync(client, email.MessageId);
            return SendResult.Success(reply);
        }
    }

    // The message is accepted once DATA is answered; a failing goodbye must not make it look unsent (and sent twice).
    private async Task QuitAsync(SmtpClient client, string messageId)
    {
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception exception) when (SmtpFailures.Classify(exception) is not null)
        {
            LogQuitFailed(exception, messageId);
        }
    }

    // The outbox worker logs the outcome; this keeps MailKit's own account of it for diagnosis.
    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "SMTP did not take email {MessageId}")]
    private partial void LogNotSent(Exception exception, string messageId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Debug, Message = "Email {MessageId} was accepted, but closing the SMTP connection failed")]
    private partial void LogQuitFailed(Exception exception, string messageId);
}
