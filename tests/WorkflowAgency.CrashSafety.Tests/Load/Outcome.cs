namespace WorkflowAgency.CrashSafety.Tests.Load;

/// <summary>What the client learnt about a request it made.</summary>
internal enum Outcome
{
    /// <summary>The server answered with success: what it did must be stored.</summary>
    Acknowledged,

    /// <summary>No answer (the server died): stored or not, both are allowed, but never half.</summary>
    Unknown,

    /// <summary>The server answered with an error: nothing of it may be stored.</summary>
    Refused,
}
