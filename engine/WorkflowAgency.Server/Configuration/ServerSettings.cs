namespace WorkflowAgency.Server.Configuration;

/// <summary>The server's configuration after validation, with every path made absolute.</summary>
/// <remarks>Built once at start-up by <see cref="ServerSettingsLoader"/>, so a mistake stops the server before it serves.</remarks>
internal sealed record ServerSettings
{
    public required string DataFolder { get; init; }

    public required string DatabaseProvider { get; init; }

    public required string ConnectionString { get; init; }

    public required string TemplatesRoot { get; init; }

    public required string WorkflowsRoot { get; init; }

    public required string SpaRoot { get; init; }

    /// <summary>Where emails are written as .eml files when no SMTP server is configured.</summary>
    public required string PickupFolder { get; init; }

    /// <summary>The address clients reach the server at, ending with <c>/</c>.</summary>
    public required Uri PublicBaseUrl { get; init; }

    public required byte[] ClientLinkKey { get; init; }

    public required SmtpOptions Smtp { get; init; }

    public required SeedOptions Seed { get; init; }

    public required RateLimitOptions RateLimits { get; init; }

    public required WorkerOptions Workers { get; init; }

    public required KpiSettings Kpis { get; init; }
}
