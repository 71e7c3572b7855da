namespace WorkflowAgency.Server.Configuration;

/// <summary>The <c>ClientLinks</c> section: the key that signs client links.</summary>
internal sealed class ClientLinkOptions
{
    public const string Section = "ClientLinks";

    /// <summary>Base64 of at least 32 random bytes; when unset, a key is generated once into <see cref="KeyFile"/>.</summary>
    public string? Key { get; set; }

    /// <summary>Where the generated key lives; relative to the data folder. Default <c>client-links.key</c>.</summary>
    public string KeyFile { get; set; } = "client-links.key";
}
