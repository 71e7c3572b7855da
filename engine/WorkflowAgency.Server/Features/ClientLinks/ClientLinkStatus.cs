namespace WorkflowAgency.Server.Features.ClientLinks;

internal enum ClientLinkStatus
{
    /// <summary>Not signed with our key, or malformed: someone edited it.</summary>
    Tampered,

    /// <summary>Signed by us, but past its expiry.</summary>
    Expired,

    /// <summary>The request is waiting for the client's answer.</summary>
    Open,

    /// <summary>The client answered already; the answer is known.</summary>
    Answered,

    /// <summary>No longer waiting, and no answer is known (timed out, withdrawn, or the engagement was cancelled).</summary>
    Closed,
}
