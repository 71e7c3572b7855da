namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>The one rule every way out of a step follows: it goes to a step (next) or ends the stage (end), never both.</summary>
internal static class NextOrEnd
{
    /// <summary>The message when <paramref name="next"/> and <paramref name="end"/> are both given or both missing; otherwise null.</summary>
    public static string? Problem(string what, string? next, string? end) => (next, end) switch
    {
        (null, null) => $"{what} leads nowhere; give it 'next' (a step of this stage) or 'end' (the outcome the stage ends with)",
        (not null, not null) => $"{what} has both 'next' ('{next}') and 'end' ('{end}'); keep one",
        _ => null,
    };
}
