using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using WorkflowAgency.Engine.Ports;

namespace WorkflowAgency.Engine.Links;

/// <summary>
/// Client links as <c>{base}/client/{token}</c> where the token is the wait id and expiry, signed with HMAC-SHA256.
/// Nothing is stored: the signature proves the link was issued here, the expiry is inside it, and the wait
/// itself makes it single-purpose (it is removed once answered, so the link stops working).
/// </summary>
public sealed class SignedLinks : IClientLinkIssuer
{
    private const int PayloadLength = 16 + 8;
    private readonly SignedLinkOptions _options;

    public SignedLinks(SignedLinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Key.Length < 32)
            throw new ArgumentException("The client link key must be at least 32 bytes", nameof(options));
        if (options.BaseUrl is not { IsAbsoluteUri: true })
            throw new ArgumentException("The client link base URL must be an absolute URL", nameof(options));
        _options = options;
    }

    public TimeSpan DefaultLifetime => _options.DefaultLifetime;

    public Uri Issue(Guid waitId, DateTime expiresAt) => new(_options.BaseUrl!, $"client/{CreateToken(waitId, expiresAt)}");

    public string CreateToken(Guid waitId, DateTime expiresAt)
    {
        Span<byte> token = stackalloc byte[PayloadLength + 32];
        waitId.TryWriteBytes(token[..16]);
        BinaryPrimitives.WriteInt64BigEndian(token[16..PayloadLength], new DateTimeOffset(expiresAt, TimeSpan.Zero).ToUnixTimeSeconds());
        HMACSHA256.HashData(_options.Key, token[..PayloadLength], token[PayloadLength..]);
        return Base64Url.EncodeToString(token);
    }

    /// <summary>Reads a token back: invalid when malformed or not signed with this key, expired when past its time.</summary>
    public LinkReading Read(string token, DateTime now)
    {
        Span<byte> bytes = stackalloc byte[PayloadLength + 32];
        if (string.IsNullOrEmpty(token) || token.Length > 128
            || !Base64Url.IsValid(token) || Base64Url.DecodeFromChars(token, bytes) != bytes.Length)
            return LinkReading.Invalid;

        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(_options.Key, bytes[..PayloadLength], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes[PayloadLength..]))
            return LinkReading.Invalid;

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(bytes[16..PayloadLength])).UtcDateTime;
        var waitId = new Guid(bytes[..16]);
        return new LinkReading(now < expiresAt ? LinkValidity.Valid : LinkValidity.Expired, waitId, expiresAt);
    }

    /// <summary>Reads a token back; false when it is invalid or expired (see <see cref="Read"/> to tell which).</summary>
    public bool TryRead(string token, DateTime now, out Guid waitId, out DateTime expiresAt)
    {
        var reading = Read(token, now);
        waitId = reading.WaitId;
        expiresAt = reading.ExpiresAt;
        return reading.Validity == LinkValidity.Valid;
    }
}
