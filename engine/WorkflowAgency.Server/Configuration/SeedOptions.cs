namespace WorkflowAgency.Server.Configuration;

/// <summary>The <c>Seed</c> section: demo users on an empty database.</summary>
internal sealed class SeedOptions
{
    public const string Section = "Seed";

    public bool DemoUsers { get; set; } = true;

    /// <summary>The demo users' password; when unset one is generated and printed once. Never a fixed default.</summary>
    public string? DemoPassword { get; set; }
}
