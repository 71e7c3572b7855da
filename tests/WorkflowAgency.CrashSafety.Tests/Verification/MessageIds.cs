namespace WorkflowAgency.CrashSafety.Tests.Verification;

/// <summary>Message-Ids compared the same way whether read from a header (no brackets) or from the outbox (with them).</summary>
internal static class MessageIds
{
    public static string Normalize(string messageId) => messageId.Trim().TrimStart('<').TrimEnd('>');
}
