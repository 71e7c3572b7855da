using Scriban.Parsing;
using WorkflowAgency.Engine.Expressions;

namespace WorkflowAgency.Templating.Expressions;

/// <summary>Turns Scriban's 0-based spans into the engine's 1-based line and column.</summary>
internal static class ErrorPositions
{
    public static ExpressionError At(SourceSpan span, string source, string message)
    {
        var start = span.Start;
        // Scriban reports errors found at the end of input (`budget >`) with no position at all.
        return start.Line < 0 || start.Column < 0
            ? AtEnd(source, message)
            : new ExpressionError(message, start.Line + 1, start.Column + 1);
    }

    /// <summary>Just past the last character, where the missing part should have been.</summary>
    private static ExpressionError AtEnd(string source, string message)
    {
        var lastBreak = source.LastIndexOf('\n');
        var line = source.Count(c => c == '\n') + 1;
        return new ExpressionError(message, line, source.Length - lastBreak);
    }
}
