using Microsoft.Extensions.Logging.Abstractions;
using WorkflowAgency.Email.Sending;

namespace WorkflowAgency.Email.Tests.Infrastructure;

/// <summary>Senders on their own, without an outbox around them.</summary>
internal static class Senders
{
    public static SmtpEmailSender Smtp(TestSmtpServer server) => new(
        new EmailOptions
        {
            From = EmailHarness.AgencyAddress,
            Smtp = { Host = "127.0.0.1", Port = server.Port, Security = MailKit.Security.SecureSocketOptions.None, Timeout = TimeSpan.FromSeconds(10) },
        },
        NullLogger<SmtpEmailSender>.Instance);

    public static OutgoingEmail Email(string subject = "Hello", string to = EmailHarness.ClientAddress, params EmailAttachment[] attachments) =>
        new("<0195f0a1-test@workflowagency>", to, subject, "<p>Hi</p>", "Hi", attachments);
}
