namespace WorkflowAgency.Templating;

/// <summary>Sandbox limits for expressions and templates evaluated with Scriban, and where templates live.</summary>
public sealed class ScribanOptions
{
    /// <summary>
    /// Most loop iterations one evaluation may run, counting loops, ranges and the iteration inside
    /// array functions together. Default 1000.
    /// </summary>
    public int LoopLimit { get; set; } = 1000;

    /// <summary>Deepest chain of nested function calls one evaluation may make. Default 50.</summary>
    public int RecursiveLimit { get; set; } = 50;

    /// <summary>
    /// Longest one evaluation may run before it fails. Default 10 seconds. Measured on the real clock,
    /// never on <see cref="TimeProvider"/>, so a frozen test clock cannot switch the limit off.
    /// </summary>
    /// <remarks>
    /// <see cref="LoopLimit"/> and <see cref="RecursiveLimit"/> already bound a template's work; the clock is the last
    /// resort (a slow regular expression, say). It counts time the machine spends elsewhere too, so it must leave room
    /// for a correct template rendered cold just after a restart on a busy machine: a 1 second limit failed the shipped
    /// proposal there, and each failure is an incident that stops the engagement until someone retries it.
    /// </remarks>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The clock behind <c>date.now</c> and <c>date.utc_now</c>; when null, the one registered in the
    /// container, else the system clock.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>
    /// The folder holding the templates (<c>documents/proposal.sbn-html</c>...); when set, a template renderer is
    /// registered. A relative path is taken from the current directory at registration. The folder may be
    /// created later: until it exists, every render fails with "not found".
    /// </summary>
    public string? TemplatesRoot { get; set; }

    /// <summary>Every problem with these options, empty when they are usable.</summary>
    internal List<string> FindProblems()
    {
        var problems = new List<string>();
        if (LoopLimit <= 0)
            problems.Add($"{nameof(LoopLimit)} must be positive (was {LoopLimit}).");
        if (RecursiveLimit <= 0)
            problems.Add($"{nameof(RecursiveLimit)} must be positive (was {RecursiveLimit}).");
        // CancellationTokenSource refuses delays beyond int.MaxValue milliseconds (about 24 days).
        if (Timeout <= TimeSpan.Zero || Timeout.TotalMilliseconds > int.MaxValue)
            problems.Add($"{nameof(Timeout)} must be positive and under 24 days (was {Timeout}).");
        if (TemplatesRoot is not null && !IsUsablePath(TemplatesRoot))
            problems.Add($"{nameof(TemplatesRoot)} must be a folder path (was \"{TemplatesRoot}\").");
        return problems;
    }

    private static bool IsUsablePath(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
            return false;
        try
        {
            Path.GetFullPath(path);
            return true;
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }

    /// <summary>Throws when <see cref="FindProblems"/> finds any, naming all of them.</summary>
    internal void ThrowIfInvalid()
    {
        var problems = FindProblems();
        if (problems.Count > 0)
            throw new ArgumentException("Invalid Scriban options: " + string.Join(" ", problems));
    }
}
