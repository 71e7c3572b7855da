namespace WorkflowAgency.Server.Configuration;

/// <summary>The <c>Smtp</c> section. Without a <see cref="Host"/>, emails go to the pickup folder instead.</summary>
internal sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary><c>Auto</c>, <c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c> or <c>SslOnConnect</c>.</summary>
    public string Security { get; set; } = "Auto";

    /// <summary>The sender of every email, SMTP or pickup folder alike, e.g. <c>Northwind Digital &lt;hello@northwind.example&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>How long one network operation (connect, a command, the data) may take.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
