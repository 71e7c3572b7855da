using System.Globalization;

namespace WorkflowAgency.CrashSafety.Tests.Verification;

/// <summary>What one audit of the store and the SMTP capture found: the figures for the test's log, and every problem.</summary>
internal sealed record AuditReport(
    int Engagements,
    int Acknowledged,
    int UnknownCommitted,
    int UnknownLost,
    int EmailsCommitted,
    int EmailsReceived,
    int Duplicates,
    TimeSpan Settled,
    IReadOnlyList<string> Problems)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Engagements} engagements; {Acknowledged} acknowledged requests; of the requests cut off by a kill {UnknownCommitted} had committed and {UnknownLost} had not; " +
        $"{EmailsCommitted} emails committed, {EmailsReceived} received ({Duplicates} resent under the same Message-Id); settled in {Settled.TotalSeconds:0.0} s; {Problems.Count} problem(s)");
}
