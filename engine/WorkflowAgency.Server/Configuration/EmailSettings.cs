using MailKit.Security;
using WorkflowAgency.Email;

namespace WorkflowAgency.Server.Configuration;

/// <summary>The Email adapter's options from the server's: SMTP when <c>Smtp:Host</c> is set, else the pickup folder.</summary>
internal static class EmailSettings
{
    public static void Apply(EmailOptions options, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        var smtp = settings.Smtp;
        options.From = smtp.From;
        options.PickupFolder = settings.PickupFolder;
        options.PollInterval = TimeSpan.FromSeconds(settings.Workers.OutboxPollSeconds);
        options.Lease = TimeSpan.FromSeconds(settings.Workers.OutboxLeaseSeconds);
        options.FirstRetryDelay = TimeSpan.FromSeconds(settings.Workers.OutboxRetrySeconds);
        if (options.MaxRetryDelay < options.FirstRetryDelay)
            options.MaxRetryDelay = options.FirstRetryDelay;
        if (smtp.IsConfigured)
        {
            options.Smtp = new Email.SmtpOptions
            {
                Host = smtp.Host,
                Port = smtp.Port,
                Security = Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true),
                UserName = smtp.UserName,
                Password = smtp.Password,
                Timeout = TimeSpan.FromSeconds(smtp.TimeoutSeconds),
            };
        }
    }
}
