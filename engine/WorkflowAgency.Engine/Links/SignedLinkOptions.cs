namespace WorkflowAgency.Engine.Links;

/// <summary>Where client links point and the key that signs them.</summary>
public sealed class SignedLinkOptions
{
    /// <summary>The public address of the client pages, e.g. <c>https://agency.example/</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The HMAC key, at least 32 bytes; from configuration or a secret store, never from the repository.</summary>
    public byte[] Key { get; set; } = [];

    /// <summary>How long a link lives when its wait has no timeout of its own.</summary>
    public TimeSpan DefaultLifetime { get; set; } = TimeSpan.FromDays(30);
}
