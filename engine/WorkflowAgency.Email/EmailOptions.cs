using WorkflowAgency.Email.Sending;

namespace WorkflowAgency.Email;

/// <summary>Who emails come from, how they leave, and how hard the outbox tries; see <see cref="EmailServiceCollectionExtensions.AddEmail"/>.</summary>
public sealed class EmailOptions
{
    /// <summary>The agency's address every email comes from, e.g. <c>hello@agency.example</c> or <c>"Agency" &lt;hello@agency.example&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>The SMTP server; when its <see cref="SmtpOptions.Host"/> is empty, <see cref="PickupFolder"/> is used.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>A folder that receives each email as an <c>.eml</c> file, for development and demos without a mail server.</summary>
    public string? PickupFolder { get; set; }

    /// <summary>Attempts (the first included) before a message that keeps failing for now is given up and raises an incident.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failed attempt; it doubles after each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a claimed message is reserved for the worker that claimed it; longer than one send can take, and if
    /// that worker dies the message falls due again after this.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many messages one claim takes.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How often the host's background loop looks for due messages (<see cref="Outbox.OutboxWorker.RunAsync"/>).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>True when emails go to an SMTP server rather than the pickup folder.</summary>
    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp?.Host);

    /// <summary>Every problem with these options, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(From))
            problems.Add("From is required.");
        else if (!MessageBuilder.TryParseMailbox(From, out _))
            problems.Add($"From '{From}' is not a valid email address.");

        if (Smtp is null)
            problems.Add("Smtp must not be null.");
        else if (UsesSmtp)
            ValidateSmtp(Smtp, problems);
        else if (string.IsNullOrWhiteSpace(PickupFolder))
            problems.Add("Either Smtp.Host or PickupFolder is required.");

        if (MaxAttempts < 1)
            problems.Add("MaxAttempts must be at least 1.");
        if (FirstRetryDelay <= TimeSpan.Zero)
            problems.Add("FirstRetryDelay must be positive.");
        if (MaxRetryDelay < FirstRetryDelay)
            problems.Add("MaxRetryDelay must be at least FirstRetryDelay.");
        if (Lease <= TimeSpan.Zero)
            problems.Add("Lease must be positive.");
        else if (UsesSmtp && Smtp!.Timeout > TimeSpan.Zero && Lease <= Smtp.Timeout)
            problems.Add("Lease must be longer than Smtp.Timeout, or a slow send could be claimed again while it runs.");
        if (BatchSize < 1)
            problems.Add("BatchSize must be at least 1.");
        if (PollInterval <= TimeSpan.Zero)
            problems.Add("PollInterval must be positive.");
        return problems;
    }

    private static void ValidateSmtp(SmtpOptions smtp, List<string> problems)
    {
        if (smtp.Port is < 1 or > 65535)
            problems.Add($"Smtp.Port must be between 1 and 65535 (was {smtp.Port}).");
        if (!Enum.IsDefined(smtp.Security))
            problems.Add($"Smtp.Security '{smtp.Security}' is not a known option.");
        if (string.IsNullOrEmpty(smtp.UserName) != string.IsNullOrEmpty(smtp.Password))
            problems.Add("Smtp.UserName and Smtp.Password go together: set both or neither.");
        if (smtp.Timeout <= TimeSpan.Zero || smtp.Timeout.TotalMilliseconds > int.MaxValue)
            problems.Add("Smtp.Timeout must be positive and under 24 days.");
    }
}
