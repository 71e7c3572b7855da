using MailKit.Security;

namespace WorkflowAgency.Email;

/// <summary>How to reach the SMTP server; see <see cref="EmailOptions.Smtp"/>.</summary>
public sealed class SmtpOptions
{
    /// <summary>The server's host name or address; when empty, emails go to <see cref="EmailOptions.PickupFolder"/> instead.</summary>
    public string? Host { get; set; }

    /// <summary>587 (submission) by default; 465 for TLS from the start, 25 for server-to-server.</summary>
    public int Port { get; set; } = 587;

    /// <summary>
    /// <see cref="SecureSocketOptions.None"/>, <see cref="SecureSocketOptions.StartTls"/>,
    /// <see cref="SecureSocketOptions.SslOnConnect"/> or <see cref="SecureSocketOptions.Auto"/> (TLS on connect for port
    /// 465, STARTTLS when the server offers it otherwise).
    /// </summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    /// <summary>The login, when the server wants one; <see cref="Password"/> goes with it.</summary>
    public string? UserName { get; set; }

    /// <summary>Never logged nor shown in an incident.</summary>
    public string? Password { get; set; }

    /// <summary>How long one network operation (connect, a command, the data) may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
