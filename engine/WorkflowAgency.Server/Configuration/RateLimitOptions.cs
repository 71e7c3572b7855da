namespace WorkflowAgency.Server.Configuration;

/// <summary>The <c>RateLimits</c> section: requests per minute and client address on the public endpoints.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int LoginPerMinute { get; set; } = 10;

    public int ClientPerMinute { get; set; } = 60;
}
