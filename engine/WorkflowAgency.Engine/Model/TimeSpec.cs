using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowAgency.Engine.Common;
using WorkflowAgency.Engine.Expressions;

namespace WorkflowAgency.Engine.Model;

/// <summary>
/// A point in time written as a duration from now (<c>P3D</c>) or as an expression giving a date or a duration
/// (<c>{{ proposal_valid_until }}</c>). Used for due dates, timers and timeouts.
/// </summary>
public sealed record TimeSpec(TimeSpan? Offset, ICompiledExpression? Expression)
{
    public static TimeSpec After(TimeSpan offset) => new(offset, null);

    public static TimeSpec From(ICompiledExpression expression) => new(null, expression);

    /// <summary>Works out the moment, or says why it cannot.</summary>
    public DateTime? Resolve(DateTime now, Func<ICompiledExpression, EvaluationResult> evaluate, out string? error)
    {
        error = null;
        if (Offset is { } offset)
            return now + offset;

        var result = evaluate(Expression!);
        if (!result.Succeeded)
        {
            error = $"'{Expression!.Source}' failed: {result.Error}";
            return null;
        }

        var text = result.Value is JsonValue v && v.TryGetValue(out string? s) ? s.Trim() : result.Value?.ToJsonString();
        if (IsoDuration.TryParse(text, out var duration))
            return now + duration;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
            return at;

        error = $"'{Expression!.Source}' gave '{text}', which is neither a date nor an ISO 8601 duration";
        return null;
    }
}
