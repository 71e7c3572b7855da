namespace WorkflowAgency.Engine.State;

/// <summary>
/// The most characters each stored text may have. The persistence adapter makes its columns exactly this long, so
/// definitions, requests and run-time values are checked against these numbers before anything is written: on
/// PostgreSQL a longer value would fail the whole commit, while SQLite would silently keep it.
/// </summary>
/// <remarks>
/// Counted in UTF-16 code units (<see cref="string.Length"/>), which is never fewer than the characters
/// PostgreSQL counts, so a value that passes here always fits.
/// </remarks>
public static class TextLimits
{
    /// <summary>Definition, stage and step ids, outcome and response names, signal names, client-wait purposes.</summary>
    public const int Key = 100;

    /// <summary>A definition's name, a client's name or company, a stored document's name.</summary>
    public const int Name = 200;

    /// <summary>A user or group name (user names may be e-mail addresses), as a task's assignee or an actor.</summary>
    public const int User = 256;

    /// <summary>RFC 5321 caps an address at 320 characters.</summary>
    public const int Email = 320;

    /// <summary>The recipient list of an email.</summary>
    public const int Recipients = 2000;

    /// <summary>A task's title.</summary>
    public const int Title = 500;

    /// <summary>The note a version is published with.</summary>
    public const int Note = 500;

    /// <summary>A template's name, such as <c>emails/proposal-sent</c>.</summary>
    public const int TemplatePath = 300;

    /// <summary>RFC 5322 caps a header line at 998 characters: an email's subject.</summary>
    public const int HeaderLine = 998;

    /// <summary>
    /// <paramref name="text"/> cut to <paramref name="limit"/> characters with an ellipsis at the end, for display
    /// texts where a shorter version loses nothing that matters; unchanged when it fits.
    /// </summary>
    public static string Shorten(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (text.Length <= limit)
            return text;
        var keep = limit - 1;
        // Never split a surrogate pair: half of one is not a character, and PostgreSQL refuses invalid text.
        if (char.IsHighSurrogate(text[keep - 1]))
            keep--;
        return string.Concat(text.AsSpan(0, keep).TrimEnd(), "…");
    }
}
