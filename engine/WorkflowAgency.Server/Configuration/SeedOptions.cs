namespace WorkflowAgency.Server.Configuration;

/// <summary>The <c>Seed</c> section: demo users on an empty database, and optionally a demo history.</summary>
internal sealed class SeedOptions
{
    public const string Section = "Seed";

    public bool DemoUsers { get; set; } = true;

    /// <summary>The demo users' password; when unset one is generated and printed once. Never a fixed default.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>Write the demo history (a year of clients, engagements, surveys and payments) when the database has no engagements.</summary>
    public bool DemoHistory { get; set; }
}
