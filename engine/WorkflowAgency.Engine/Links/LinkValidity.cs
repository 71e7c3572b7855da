namespace WorkflowAgency.Engine.Links;

/// <summary>What a client link token turned out to be.</summary>
public enum LinkValidity
{
    Valid,

    /// <summary>Issued here and intact, but past its expiry: the client should be told it expired, not that it is forged.</summary>
    Expired,

    /// <summary>Malformed, or not signed with this key.</summary>
    Invalid,
}
