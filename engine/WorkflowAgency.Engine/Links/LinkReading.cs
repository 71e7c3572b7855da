namespace WorkflowAgency.Engine.Links;

/// <summary>A token read back: whether it holds, and for a genuine token (valid or expired) its wait and expiry.</summary>
public sealed record LinkReading(LinkValidity Validity, Guid WaitId, DateTime ExpiresAt)
{
    public static LinkReading Invalid { get; } = new(LinkValidity.Invalid, Guid.Empty, default);
}
