using FluentValidation;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>
/// Length limits on names that end up stored with every engagement (ids, outcomes, template and document names):
/// a name too long for its column is reported where it is written, not as a database error when an engagement
/// first reaches it.
/// </summary>
internal static class LengthRules
{
    /// <summary>
    /// At most <paramref name="limit"/> characters (one of <see cref="State.TextLimits"/>); null is left to other
    /// rules. <paramref name="what"/> is what the value is called in the message, e.g. <c>step id</c>.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> FitsIn<T>(this IRuleBuilder<T, string?> rule, int limit, string what) =>
        rule.MaximumLength(limit)
            .WithMessage((_, value) => $"{what} '{Preview(value!)}' is {value!.Length} characters long; use at most {limit}");

    // Enough of a long value to recognise it by, without repeating all of it.
    private static string Preview(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 39), "…");
}
