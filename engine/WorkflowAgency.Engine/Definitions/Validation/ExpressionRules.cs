using FluentValidation;
using WorkflowAgency.Engine.Common;
using WorkflowAgency.Engine.Expressions;

namespace WorkflowAgency.Engine.Definitions.Validation;

/// <summary>
/// Parses texts, expressions and durations at validation time, so that a typo in a condition is reported when the
/// definition is saved rather than when an engagement reaches the step weeks later.
/// </summary>
internal static class ExpressionRules
{
    /// <summary>Text with <c>{{ }}</c> placeholders, such as a task title.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> ParsesAsText<T>(
        this IRuleBuilder<T, string?> rule, IExpressionLanguage language, string label) =>
        rule.Custom((source, context) =>
        {
            if (source is not null && Problem(language.ParseText(source), label, source) is { } problem)
                context.AddFailure(problem);
        });

    /// <summary>A bare expression, such as a decision's condition.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> ParsesAsExpression<T>(
        this IRuleBuilder<T, string?> rule, IExpressionLanguage language, string label) =>
        rule.Custom((source, context) =>
        {
            if (source is not null && ExpressionProblem(language, label, source) is { } problem)
                context.AddFailure(problem);
        });

    /// <summary>An ISO 8601 duration as <see cref="IsoDuration"/> accepts it.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> IsDuration<T>(this IRuleBuilder<T, string?> rule, string label) =>
        rule.Custom((source, context) =>
        {
            if (source is not null && !IsoDuration.TryParse(source, out _))
                context.AddFailure($"{label} '{source}' is not an ISO 8601 duration such as P3D, PT4H or P1DT12H (weeks, days, hours, minutes and seconds; years and months are not allowed)");
        });

    /// <summary>A due date: a duration from when the task is created, or text with placeholders giving a date.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> IsDueDate<T>(this IRuleBuilder<T, string?> rule, IExpressionLanguage language, string label = "due") =>
        rule.Custom((source, context) =>
        {
            if (source is null)
                return;
            if (source.Contains("{{", StringComparison.Ordinal))
            {
                if (Problem(language.ParseText(source), label, source) is { } problem)
                    context.AddFailure(problem);
            }
            else if (!IsoDuration.TryParse(source, out _))
            {
                context.AddFailure($"{label} '{source}' is neither an ISO 8601 duration such as P3D or PT4H (years and months are not allowed) nor a date in {{{{ }}}}");
            }
        });

    /// <summary>The message for an expression that is empty or does not parse, or null when it is fine.</summary>
    public static string? ExpressionProblem(IExpressionLanguage language, string label, string source) =>
        string.IsNullOrWhiteSpace(source)
            ? $"{label} is empty; write an expression such as budget > 10000"
            : Problem(language.ParseExpression(source), label, source);

    private static string? Problem(ParseResult<ICompiledExpression> result, string label, string source) =>
        result.Succeeded
            ? null
            : $"{label} '{source}' does not parse: {string.Join("; ", result.Errors.Select(e => e.ToString()))}";
}
